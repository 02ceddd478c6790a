import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { AdminTable } from '@/components/admin/admin-table';
import { PageHeader } from '@/components/admin/page-header';
import { StatusBadge } from '@/components/admin/status-badge';
import { inputClass } from '@/components/ui/field';
import { Link } from '@/i18n/navigation';
import { requireStaff } from '@/lib/auth/guards';
import { can, canEditArticle } from '@/lib/auth/roles';
import { listArticlesForAdmin, listAuthors } from '@/lib/data/article-admin';
import { listCategories } from '@/lib/data/site';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath } from '@/lib/urls';
import { ArticleFilterSchema } from '@/lib/validation/admin-filters';
import { ARTICLE_STATUSES } from '@/lib/validation/article';
import { SiteLink } from '@/components/admin/site-link';

const PAGE_SIZE = 20;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.articles'))('title') };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const filter = ArticleFilterSchema.parse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { page } = filter;
  // Authors and contributors work on their own articles only.
  const authorId = can(user, 'articles:edit-any') ? filter.author : user.id;
  const [t, ta, locale, { rows, total }, categories, authors] = await Promise.all([
    getTranslations('Admin.articles'),
    getTranslations('Admin'),
    getLocale(),
    listArticlesForAdmin({ status: filter.status, categoryId: filter.category, authorId, q: filter.q }, PAGE_SIZE, (page - 1) * PAGE_SIZE),
    listCategories(),
    can(user, 'articles:edit-any') ? listAuthors() : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader title={t('title')}>
        <Link href="/admin/articles/new" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand">
          {t('new')}
        </Link>
      </PageHeader>
      <form
        method="get"
        role="search"
        aria-label={t('filters')}
        className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('search')}
          <input name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('status')}
          <select name="status" defaultValue={filter.status ?? ''} className={inputClass}>
            <option value="">{t('allStatuses')}</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ta(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('category')}
          <select name="category" defaultValue={filter.category ?? ''} className={inputClass}>
            <option value="">{t('allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {authors.length > 0 && (
          <label className="flex flex-col gap-1 text-sm font-bold">
            {t('author')}
            <select name="author" defaultValue={filter.author ?? ''} className={inputClass}>
              <option value="">{t('allAuthors')}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="flex items-end gap-2">
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand">
            {t('apply')}
          </button>
          <Link href="/admin/articles" className="inline-flex min-h-11 items-center px-2 underline">
            {t('reset')}
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <AdminTable
          rows={rows}
          columns={[
            {
              header: t('colTitle'),
              className: 'text-base font-bold',
              cell: (a) =>
                canEditArticle(user, a) ? (
                  <Link href={`/admin/articles/${a.id}`} className="hover:underline">
                    {a.title}
                  </Link>
                ) : (
                  a.title
                ),
            },
            { header: t('colStatus'), cell: (a) => <StatusBadge status={a.status} /> },
            { header: t('colAuthor'), cell: (a) => a.author.name },
            { header: t('colCategory'), cell: (a) => a.category.name },
            {
              header: t('colDate'),
              className: 'text-muted',
              cell: (a) => <time dateTime={(a.publishedAt ?? a.updatedAt).toISOString()}>{formatDateTime(a.publishedAt ?? a.updatedAt, locale)}</time>,
            },
            {
              header: t('colActions'),
              cell: (a) => (
                <span className="flex flex-wrap gap-3">
                  {canEditArticle(user, a) && (
                    <Link href={`/admin/articles/${a.id}`} className="underline">
                      {t('edit')}
                    </Link>
                  )}
                  {a.status === 'PUBLISHED' ? (
                    <SiteLink href={articlePath(a)} className="underline">
                      {t('view')}
                    </SiteLink>
                  ) : (
                    canEditArticle(user, a) && (
                      <a href={`/api/preview?id=${a.id}`} className="underline">
                        {t('preview')}
                      </a>
                    )
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
      <AdminPagination
        path="/admin/articles"
        page={page}
        total={total}
        pageSize={PAGE_SIZE}
        query={{ q: filter.q, status: filter.status, category: filter.category, author: filter.author }}
      />
    </>
  );
}
