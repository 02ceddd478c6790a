import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { BULK_FORM_ID, ModerationToolbar } from '@/components/admin/comments/moderation-toolbar';
import { StaffReplyForm } from '@/components/admin/comments/staff-reply-form';
import { PageHeader } from '@/components/admin/page-header';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/i18n/navigation';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { commentCountsByStatus, listCommentsForModeration } from '@/lib/data/comment-admin';
import { formatDateTime } from '@/lib/text/dates';
import { articlePath } from '@/lib/urls';
import { COMMENT_STATUSES } from '@/lib/validation/moderation';
import { adminPage } from '@/lib/validation/admin-filters';
import { SiteLink } from '@/components/admin/site-link';

const PAGE_SIZE = 30;
type Status = (typeof COMMENT_STATUSES)[number];

/** What each tab offers as one-click actions. */
const QUICK: Record<Status, Status[]> = {
  PENDING: ['APPROVED', 'SPAM', 'TRASH'],
  APPROVED: ['PENDING', 'SPAM', 'TRASH'],
  SPAM: ['PENDING', 'TRASH'],
  TRASH: ['PENDING'],
};

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.comments'))('title') };
}

export default async function CommentsPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  await requireStaff(ADMIN_SECTIONS.comments);
  const sp = await searchParams;
  const status: Status = COMMENT_STATUSES.includes(sp.status as Status) ? (sp.status as Status) : 'PENDING';
  const page = adminPage(sp.page);
  const [t, locale, counts, { rows, total }] = await Promise.all([
    getTranslations('Admin'),
    getLocale(),
    commentCountsByStatus(),
    listCommentsForModeration(status, PAGE_SIZE, (page - 1) * PAGE_SIZE),
  ]);
  // Button text by the status it moves the comment to.
  const label: Record<Status, string> = {
    APPROVED: t('comments.approve'),
    PENDING: t('comments.unapprove'),
    SPAM: t('comments.spam'),
    TRASH: t('comments.trash'),
  };
  return (
    <>
      <PageHeader title={t('comments.title')} />
      <nav aria-label={t('comments.tabs')} className="mb-4 flex flex-wrap gap-2">
        {COMMENT_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/comments?status=${s}`}
            aria-current={s === status ? 'page' : undefined}
            className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line px-4 font-bold aria-[current=page]:bg-brand aria-[current=page]:text-on-brand"
          >
            {t(`commentStatus.${s}`)}
            <span className="rounded-full bg-line px-2 text-sm text-fg">{counts[s]}</span>
          </Link>
        ))}
      </nav>
      <ModerationToolbar />
      {rows.length === 0 ? (
        <p>{t('comments.none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((c) => (
            <li key={c.id} className="rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-start gap-3">
                <input
                  type="checkbox"
                  name="ids"
                  value={c.id}
                  form={BULK_FORM_ID}
                  aria-label={t('comments.select', { name: c.authorName })}
                  className="mt-1 size-5"
                />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap gap-x-3 text-sm">
                    <bdi className="font-bold">{c.authorName}</bdi>
                    <span className="text-muted" dir="ltr">
                      {c.authorEmail}
                    </span>
                    {c.authorUrl && (
                      <span className="text-muted" dir="ltr">
                        {c.authorUrl}
                      </span>
                    )}
                    <time className="text-muted" dateTime={c.createdAt.toISOString()}>
                      {formatDateTime(c.createdAt, locale)}
                    </time>
                  </p>
                  <p className="text-sm">
                    <SiteLink href={articlePath(c.article)} className="underline">
                      {t('comments.on', { title: c.article.title })}
                    </SiteLink>
                  </p>
                  {c.flag === 'STAFF_EMAIL' && (
                    <p className="mt-2 flex items-center gap-2 rounded-md border-2 border-urgent p-2 text-sm font-bold text-urgent">
                      <Icon name="warning" className="size-4 shrink-0" />
                      {t('comments.flagStaffEmail')}
                    </p>
                  )}
                  <p dir="auto" className="mt-2 whitespace-pre-line [unicode-bidi:plaintext]">
                    {c.body}
                  </p>
                  <div className="mt-3 flex flex-wrap gap-2">
                    {QUICK[status].map((target) => (
                      <button
                        key={target}
                        type="submit"
                        form={BULK_FORM_ID}
                        name="single"
                        value={`${c.id}:${target}`}
                        className="inline-flex min-h-11 items-center rounded-md border border-line px-3 text-sm font-bold hover:bg-line"
                      >
                        {status === 'TRASH' || status === 'SPAM' ? (target === 'PENDING' ? t('comments.restore') : label[target]) : label[target]}
                      </button>
                    ))}
                  </div>
                  {(status === 'PENDING' || status === 'APPROVED') && (
                    <details className="mt-2">
                      <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold text-brand-ink">{t('comments.reply')}</summary>
                      <StaffReplyForm commentId={c.id} />
                    </details>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AdminPagination path="/admin/comments" page={page} total={total} pageSize={PAGE_SIZE} query={{ status }} />
    </>
  );
}
