import { useTranslations } from 'next-intl';
import type { CommentThread } from '@/lib/data/comments';
import { CommentForm } from './comment-form';
import { CommentView } from './comment-view';
import { MyPendingComments } from './my-pending-comments';

interface Props {
  articleId: number;
  threads: CommentThread[];
  count: number;
  closed: boolean;
}

/** Count, threaded approved comments (replies under their thread), then «اترك تعليقاً» or a closed notice. */
export function CommentSection({ articleId, threads, count, closed }: Props) {
  const t = useTranslations('Comments');
  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-12 max-w-[68ch] scroll-mt-4">
      <h2 id="comments-title" className="border-b-2 border-brand pb-2 font-kufi text-xl font-bold">
        {t('count', { count })}
      </h2>
      {threads.length > 0 ? (
        <ol className="mt-4 flex flex-col divide-y divide-line">
          {threads.map((c) => (
            <li key={c.id} id={`comment-${c.id}`} className="py-4">
              <CommentView comment={c} badge={c.staff ? t('staff') : undefined} />
              {c.replies.length > 0 && (
                <ol className="mt-3 flex flex-col gap-3 border-s-2 border-line ps-4 ms-2">
                  {c.replies.map((r) => (
                    <li key={r.id} id={`comment-${r.id}`}>
                      <CommentView
                        comment={r}
                        badge={r.staff ? t('staff') : undefined}
                        inReplyTo={r.inReplyTo && t.rich('inReplyTo', { name: r.inReplyTo, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                      />
                    </li>
                  ))}
                </ol>
              )}
              {!closed && (
                <details className="mt-2">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold text-brand-ink">
                    {t('reply')}
                    <span className="sr-only">{` ${t('replyTo', { name: c.authorName })}`}</span>
                  </summary>
                  <div className="mt-2 rounded-md border border-line p-4">
                    <CommentForm articleId={articleId} parentId={c.id} replyTo={c.authorName} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-muted">{t('empty')}</p>
      )}
      <div className="mt-8">
        <h3 id="respond" className="mb-4 font-kufi text-lg font-bold">
          {t('leaveComment')}
        </h3>
        <MyPendingComments articleId={articleId} />
        {closed ? <p className="rounded-md bg-line p-4">{t('closed')}</p> : <CommentForm articleId={articleId} />}
      </div>
    </section>
  );
}
