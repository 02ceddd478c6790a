import { useTranslations } from 'next-intl';

const TONE: Record<string, string> = {
  DRAFT: 'bg-line text-fg',
  REVIEW: 'bg-amber-200 text-amber-950',
  SCHEDULED: 'bg-sky-200 text-sky-950',
  PUBLISHED: 'bg-emerald-200 text-emerald-950',
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations('Admin.status');
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${TONE[status] ?? ''}`}>{t(status as 'DRAFT')}</span>;
}
