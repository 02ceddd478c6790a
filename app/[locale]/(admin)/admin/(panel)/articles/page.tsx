import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/page-header';
import { StatusBadge } from '@/components/admin/status-badge';
import { inputClass } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { Link } from '@/i18n/navigation';
import { requireStaff } from '@/lib/auth/guards';
import { can, canEditArticle } from '@/lib/auth/roles';
import { listArticlesForAdmin, listAuthors } from '@/lib/data/article-admin';
import { listCategories } from '@/lib/data/site';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath } from '@/lib/urls';
import { ArticleFilterSchema } from '@/lib/validation/admin-filters';

const PAGE_SIZE = 20;
const STATUSES = ['DRAFT', 'REVIEW', 'SCHEDULED', 'PUBLISHED'] as const;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.articles'))('title') };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const filter = ArticleFilterSchema.parse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const page = filter.page ?? 1;
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
  const query = (n: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, page: n > 1 ? n : undefined })) if (v) p.set(k, String(v));
    return `/admin/articles${p.size ? `?${p}` : ''}`;
  };
  return (
    <>
      <PageHeader title={t('title')}>
        <Link href="/admin/articles/new" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand">
          {t('new')}
        </Link>
      </PageHeader>
      <form method="get" role="search" aria-label={t('filters')} className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5">
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('search')}
          <input name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('status')}
          <select name="status" defaultValue={filter.status ?? ''} className={inputClass}>
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{ta(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t('category')}
          <select name="category" defaultValue={filter.category ?? ''} className={inputClass}>
            <option value="">{t('allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
        {authors.length > 0 && (
          <label className="flex flex-col gap-1 text-sm font-bold">
            {t('author')}
            <select name="author" defaultValue={filter.author ?? ''} className={inputClass}>
              <option value="">{t('allAuthors')}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </label>
        )}
        <div className="flex items-end gap-2">
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand">{t('apply')}</button>
          <Link href="/admin/articles" className="inline-flex min-h-11 items-center px-2 underline">{t('reset')}</Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-muted" role="status">{t('count', { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="w-full border-collapse text-start max-md:block">
          <thead className="max-md:sr-only">
            <tr className="border-b-2 border-line text-start text-sm text-muted">
              <th className="p-2 text-start">{t('colTitle')}</th>
              <th className="p-2 text-start">{t('colStatus')}</th>
              <th className="p-2 text-start">{t('colAuthor')}</th>
              <th className="p-2 text-start">{t('colCategory')}</th>
              <th className="p-2 text-start">{t('colDate')}</th>
              <th className="p-2 text-start">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody className="max-md:flex max-md:flex-col max-md:gap-3">
            {rows.map((a) => (
              <tr key={a.id} className="border-b border-line align-top max-md:grid max-md:gap-1 max-md:rounded-lg max-md:border max-md:bg-surface max-md:p-3">
                <td className="p-2 font-bold max-md:p-0">
                  {canEditArticle(user, a) ? <Link href={`/admin/articles/${a.id}`} className="hover:underline">{a.title}</Link> : a.title}
                </td>
                <td className="p-2 max-md:p-0"><StatusBadge status={a.status} /></td>
                <td className="p-2 text-sm max-md:p-0">{a.author.name}</td>
                <td className="p-2 text-sm max-md:p-0">{a.category.name}</td>
                <td className="p-2 text-sm text-muted max-md:p-0">
                  <time dateTime={(a.publishedAt ?? a.updatedAt).toISOString()}>{formatDateTime(a.publishedAt ?? a.updatedAt, locale)}</time>
                </td>
                <td className="p-2 text-sm max-md:p-0">
                  <span className="flex flex-wrap gap-3">
                    {canEditArticle(user, a) && <Link href={`/admin/articles/${a.id}`} className="underline">{t('edit')}</Link>}
                    {a.status === 'PUBLISHED' ? (
                      <Link href={articlePath(a)} className="underline">{t('view')}</Link>
                    ) : (
                      canEditArticle(user, a) && <a href={`/api/preview?id=${a.id}`} className="underline">{t('preview')}</a>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={page}
        pages={Math.ceil(total / PAGE_SIZE)}
        href={query}
        labels={{ nav: ta('common.pagination'), previous: ta('common.previous'), next: ta('common.next'), page: (n) => ta('common.page', { page: n }) }}
      />
    </>
  );
}
