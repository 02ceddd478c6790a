import { useLocale, useTranslations } from 'next-intl';
import type { CommentThread, PublicComment } from '@/lib/data/comments';
import { formatDateTime } from '@/lib/text/dates';
import { CommentForm, type ReplyTarget } from './comment-form';
import { CommentThreads, type ShownComment } from './comment-threads';
import { MyPendingComments } from './my-pending-comments';

interface Props {
  articleId: number;
  threads: CommentThread[];
  count: number;
  closed: boolean;
}

const OPENING_LENGTH = 40;

/** The opening of a comment, on one line, for «ردّاً على» to name its thread by. */
function opening(body: string): string {
  const chars = [...body.replace(/\s+/g, ' ').trim()];
  return chars.length > OPENING_LENGTH ? `${chars.slice(0, OPENING_LENGTH).join('')}…` : chars.join('');
}

/**
 * Count, threaded approved comments (replies under their thread), then «اترك تعليقاً» or a closed notice.
 * Each thread's «رد» leads to the one form, which it sets to answer that thread (a form under
 * every comment weighed 4 KB each).
 */
export function CommentSection({ articleId, threads, count, closed }: Props) {
  const t = useTranslations('Comments');
  const locale = useLocale();
  const shown = (c: PublicComment): ShownComment => ({
    id: c.id,
    authorName: c.authorName,
    authorUrl: c.authorUrl,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    createdAtText: formatDateTime(c.createdAt, locale),
    ...(c.staff && { badge: t('staff') }),
  });
  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-12 max-w-[68ch] scroll-mt-4">
      <h2 id="comments-title" className="border-b-2 border-brand pb-2 font-kufi text-xl font-bold">
        {t('count', { count })}
      </h2>
      {threads.length > 0 ? (
        <CommentThreads
          reply={closed ? null : t('reply')}
          threads={threads.map((c) => ({
            ...shown(c),
            replyTo: closed ? '' : t('replyTo', { name: c.authorName }),
            replies: c.replies.map((r) => ({
              ...shown(r),
              ...(r.inReplyTo && { inReplyTo: t.rich('inReplyTo', { name: r.inReplyTo, bdi: (chunks) => <bdi>{chunks}</bdi> }) }),
            })),
          }))}
        />
      ) : (
        <p className="mt-4 text-muted">{t('empty')}</p>
      )}
      <div className="mt-8">
        <h3 id="respond" className="mb-4 font-kufi text-lg font-bold">
          {t('leaveComment')}
        </h3>
        <MyPendingComments articleId={articleId} />
        {closed ? (
          <p className="rounded-md bg-line p-4">{t('closed')}</p>
        ) : (
          <CommentForm
            articleId={articleId}
            threads={threads.map((c): ReplyTarget => ({ id: c.id, label: `${t('commentBy', { name: c.authorName })}: ${opening(c.body)}` }))}
          />
        )}
      </div>
    </section>
  );
}
