import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { ActionButton } from '@/components/admin/forms/action-button';
import { EntityForm } from '@/components/admin/forms/entity-form';
import { TagApproval } from '@/components/admin/forms/tag-approval';
import { PageHeader } from '@/components/admin/page-header';
import { inputClass } from '@/components/ui/field';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { approveTagAction, deleteTagAction, saveTagAction } from '@/lib/actions/admin/taxonomy';
import { listTagsWithCounts } from '@/lib/data/taxonomy';
import { adminPage } from '@/lib/validation/admin-filters';

const PAGE_SIZE = 30;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.tags'))('title') };
}

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requireStaff(ADMIN_SECTIONS.tags);
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q.trim().slice(0, 80) : '';
  const page = adminPage(sp.page);
  const [t, ta, { rows, total }] = await Promise.all([
    getTranslations('Admin.tags'),
    getTranslations('Admin'),
    listTagsWithCounts(q, PAGE_SIZE, (page - 1) * PAGE_SIZE),
  ]);
  return (
    <>
      <PageHeader title={t('title')} />
      <form method="get" role="search" className="mb-6 flex max-w-md gap-2">
        <label htmlFor="tags-q" className="sr-only">
          {ta('articles.search')}
        </label>
        <input id="tags-q" name="q" type="search" defaultValue={q} className={inputClass} />
        <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-bold text-on-brand">
          {ta('articles.apply')}
        </button>
      </form>
      <ul className="grid gap-4 lg:grid-cols-2">
        {rows.map((tag) => (
          <li key={tag.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="mb-2 text-sm text-muted">{`${t('articles')}: ${tag._count.articles}`}</p>
            <TagApproval action={approveTagAction} id={tag.id} approved={tag.approved} />
            <EntityForm
              id={`tag-${tag.id}`}
              action={saveTagAction}
              hidden={{ id: tag.id }}
              fields={[
                { name: 'name', label: t('name'), required: true, maxLength: 80, defaultValue: tag.name },
                { name: 'slug', label: t('slug'), maxLength: 80, dir: 'auto', defaultValue: tag.slug },
              ]}
              submitLabel={t('save')}
              okKey="tags.saved"
            />
            <div className="mt-3">
              <ActionButton
                action={deleteTagAction}
                hidden={{ id: tag.id }}
                label={t('delete')}
                confirm={t('confirmDelete')}
                variant="danger"
                okKey="tags.deleted"
              />
            </div>
          </li>
        ))}
      </ul>
      <AdminPagination path="/admin/tags" page={page} total={total} pageSize={PAGE_SIZE} query={{ q }} />
    </>
  );
}
