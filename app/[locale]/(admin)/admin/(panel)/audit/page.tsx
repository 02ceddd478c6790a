import { getLocale, getTranslations } from 'next-intl/server';
import { AuditTarget, AuditWhat } from '@/components/admin/audit-entry';
import { PageHeader } from '@/components/admin/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { listAudit } from '@/lib/data/audit';
import { formatDateTime } from '@/lib/text/dates';

const PAGE_SIZE = 50;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.audit'))('title') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireStaff(ADMIN_SECTIONS.audit);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(String((await searchParams).page ?? '1'), 10) || 1));
  const [t, ta, locale, { rows, total }] = await Promise.all([getTranslations('Admin.audit'), getTranslations('Admin'), getLocale(), listAudit(PAGE_SIZE, (page - 1) * PAGE_SIZE)]);
  return (
    <>
      <PageHeader title={t('title')} />
      <table className="w-full border-collapse text-sm max-md:block">
        <thead className="max-md:sr-only">
          <tr className="border-b-2 border-line text-muted">
            <th className="p-2 text-start">{t('when')}</th>
            <th className="p-2 text-start">{t('who')}</th>
            <th className="p-2 text-start">{t('what')}</th>
            <th className="p-2 text-start">{t('target')}</th>
          </tr>
        </thead>
        <tbody className="max-md:flex max-md:flex-col max-md:gap-2">
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-line max-md:grid max-md:rounded-lg max-md:border max-md:bg-surface max-md:p-3">
              <td className="p-2 max-md:p-0"><time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time></td>
              <td className="p-2 font-bold max-md:p-0"><bdi>{e.user?.name ?? t('system')}</bdi></td>
              <td className="p-2 max-md:p-0"><AuditWhat entry={e} /></td>
              <td className="p-2 max-md:p-0"><AuditTarget entry={e} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={page}
        pages={Math.ceil(total / PAGE_SIZE)}
        href={(n) => `/admin/audit${n > 1 ? `?page=${n}` : ''}`}
        labels={{ nav: ta('common.pagination'), previous: ta('common.previous'), next: ta('common.next'), page: (n) => ta('common.page', { page: n }) }}
      />
    </>
  );
}
