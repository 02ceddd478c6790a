import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { MediaCard } from '@/components/admin/media/media-card';
import { UploadForm } from '@/components/admin/media/upload-form';
import { PageHeader } from '@/components/admin/page-header';
import { inputClass } from '@/components/ui/field';
import { requireStaff } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';
import { listMedia } from '@/lib/data/media';
import { adminPage } from '@/lib/validation/admin-filters';

const PAGE_SIZE = 24;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.media'))('title') };
}

export default async function MediaPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const user = await requireStaff();
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q.trim().slice(0, 100) : '';
  const page = adminPage(sp.page);
  const [t, { rows, total }] = await Promise.all([getTranslations('Admin'), listMedia(q, PAGE_SIZE, (page - 1) * PAGE_SIZE)]);
  return (
    <>
      <PageHeader title={t('media.title')} />
      <UploadForm />
      <form method="get" role="search" className="my-6 flex max-w-md gap-2">
        <label htmlFor="media-q" className="sr-only">
          {t('media.search')}
        </label>
        <input id="media-q" name="q" type="search" defaultValue={q} placeholder={t('media.search')} className={inputClass} />
        <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-bold text-on-brand">
          {t('articles.apply')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t('media.none')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {rows.map((m) => (
            <MediaCard key={m.id} media={m} canManage={can(user, 'media:manage') || m.uploadedById === user.id} />
          ))}
        </ul>
      )}
      <AdminPagination path="/admin/media" page={page} total={total} pageSize={PAGE_SIZE} query={{ q }} />
    </>
  );
}
