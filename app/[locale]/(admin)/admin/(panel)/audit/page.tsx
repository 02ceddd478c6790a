import { getLocale, getTranslations } from 'next-intl/server';
import { AuditTarget, AuditWhat } from '@/components/admin/audit-entry';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { AdminTable } from '@/components/admin/admin-table';
import { PageHeader } from '@/components/admin/page-header';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { listAudit } from '@/lib/data/audit';
import { formatDateTime } from '@/lib/text/dates';
import { adminPage } from '@/lib/validation/admin-filters';

const PAGE_SIZE = 50;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.audit'))('title') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireStaff(ADMIN_SECTIONS.audit);
  const page = adminPage((await searchParams).page);
  const [t, locale, { rows, total }] = await Promise.all([getTranslations('Admin.audit'), getLocale(), listAudit(PAGE_SIZE, (page - 1) * PAGE_SIZE)]);
  return (
    <>
      <PageHeader title={t('title')} />
      <AdminTable
        rows={rows}
        columns={[
          { header: t('when'), cell: (e) => <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time> },
          { header: t('who'), className: 'font-bold', cell: (e) => <bdi>{e.user?.name ?? t('system')}</bdi> },
          { header: t('what'), cell: (e) => <AuditWhat entry={e} /> },
          { header: t('target'), cell: (e) => <AuditTarget entry={e} /> },
        ]}
      />
      <AdminPagination path="/admin/audit" page={page} total={total} pageSize={PAGE_SIZE} />
    </>
  );
}
