'use client';

import type { ReactNode } from 'react';
import { usePlainLocale } from '@/components/shell/plain-messages-provider';
import { CommentView } from './comment-view';

/** A published comment as the page shows it: its time already written out by the server. */
export interface ShownComment {
  id: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  /** ISO time, and the time as the server writes it (the site's time zone). */
  createdAt: string;
  createdAtText: string;
  /** «فريق التحرير» on a newsroom member's comment. */
  badge?: string;
  /** «ردّاً على …» on a reply to a reply. */
  inReplyTo?: ReactNode;
}

export interface ShownThread extends ShownComment {
  replies: ShownComment[];
  /** The reply link's words for screen readers: «رد على أمين». */
  replyTo: string;
}

/**
 * The approved comments, threaded, drawn from data: a page's payload carries each comment's few
 * fields instead of its markup (a popular article's hundred comments weighed tens of kilobytes
 * twice over). `reply` is the reply link's text, null when the comments are closed.
 */
export function CommentThreads({ threads, reply }: { threads: ShownThread[]; reply: string | null }) {
  const locale = usePlainLocale();
  return (
    <ol className="mt-4 flex flex-col divide-y divide-line">
      {threads.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="py-4">
          <CommentView locale={locale} comment={c} badge={c.badge} />
          {c.replies.length > 0 && (
            <ol className="mt-3 flex flex-col gap-3 border-s-2 border-line ps-4 ms-2">
              {c.replies.map((r) => (
                <li key={r.id} id={`comment-${r.id}`}>
                  <CommentView locale={locale} comment={r} badge={r.badge} inReplyTo={r.inReplyTo} />
                </li>
              ))}
            </ol>
          )}
          {reply && (
            <a href="#respond" data-reply-to={c.id} className="mt-2 inline-flex min-h-11 items-center font-bold text-brand-ink hover:underline">
              {reply}
              <span className="sr-only">{` ${c.replyTo}`}</span>
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
