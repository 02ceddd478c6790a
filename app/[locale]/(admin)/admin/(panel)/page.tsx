import { getLocale, getTranslations } from 'next-intl/server';
import { AuditTarget, AuditWhat } from '@/components/admin/audit-entry';
import { PageHeader } from '@/components/admin/page-header';
import { StatusBadge } from '@/components/admin/status-badge';
import { Link } from '@/i18n/navigation';
import { requireStaff } from '@/lib/auth/guards';
import { dashboardCounts, dashboardLists } from '@/lib/data/dashboard';
import { formatDateTime } from '@/lib/text/dates';

export async function generateMetadata() {
  const t = await getTranslations('Admin.dashboard');
  return { title: t('title') };
}

export default async function DashboardPage() {
  const user = await requireStaff();
  const [t, ta, locale, counts, lists] = await Promise.all([
    getTranslations('Admin.dashboard'),
    getTranslations('Admin'),
    getLocale(),
    dashboardCounts(user),
    dashboardLists(user),
  ]);
  const tiles: [string, number, string][] = [
    [t('drafts'), counts.drafts, '/admin/articles?status=DRAFT'],
    [t('review'), counts.review, '/admin/articles?status=REVIEW'],
    [t('scheduled'), counts.scheduled, '/admin/articles?status=SCHEDULED'],
    [t('pendingComments'), counts.pendingComments, '/admin/comments'],
  ];
  const articleList = (items: typeof lists.drafts, date: 'updatedAt' | 'publishedAt') =>
    items.length ? (
      <ul className="divide-y divide-line">
        {items.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link href={`/admin/articles/${a.id}`} className="font-bold hover:underline">
              {a.title}
            </Link>
            <span className="flex items-center gap-2 text-sm text-muted">
              <StatusBadge status={a.status} />
              {a[date] && <time dateTime={a[date]!.toISOString()}>{formatDateTime(a[date]!, locale)}</time>}
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-muted">{t('nothing')}</p>
    );
  return (
    <>
      <PageHeader title={t('greeting', { name: user.name })} />
      <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map(([label, value, href]) => (
          <li key={href}>
            <Link href={href} className="block rounded-lg border border-line bg-surface p-4 hover:border-brand">
              <span className="block font-kufi text-3xl font-bold">{value}</span>
              <span className="text-muted">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="my-drafts">
          <h2 id="my-drafts" className="mb-2 font-kufi text-lg font-bold">
            {t('myDrafts')}
          </h2>
          {articleList(lists.drafts, 'updatedAt')}
        </section>
        <section aria-labelledby="upcoming">
          <h2 id="upcoming" className="mb-2 font-kufi text-lg font-bold">
            {t('upcoming')}
          </h2>
          {articleList(lists.upcoming, 'publishedAt')}
        </section>
      </div>
      <section aria-labelledby="activity" className="mt-8">
        <h2 id="activity" className="mb-2 font-kufi text-lg font-bold">
          {t('activity')}
        </h2>
        {lists.activity.length ? (
          <ul className="divide-y divide-line text-sm">
            {lists.activity.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <bdi className="font-bold">{e.user?.name ?? ta('audit.system')}</bdi> <AuditWhat entry={e} />: <AuditTarget entry={e} />
                </span>
                <time className="text-muted" dateTime={e.createdAt.toISOString()}>
                  {formatDateTime(e.createdAt, locale)}
                </time>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t('nothing')}</p>
        )}
      </section>
    </>
  );
}
