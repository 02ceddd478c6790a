import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/text/dates';

interface Props {
  locale: string;
  /** `createdAtText`: the time as the server wrote it (for comments fetched by the browser). */
  comment: { authorName: string; authorUrl?: string | null; body: string; createdAt: Date | string; createdAtText?: string };
  badge?: string;
  /** «ردّاً على …» for a reply to a reply (shown in its thread, not nested deeper). */
  inReplyTo?: ReactNode;
  className?: string;
}

/**
 * One comment. Its text is plain text (never HTML) with its line breaks; each piece is isolated
 * (dir="auto", bdi) so that whatever direction a commenter types cannot spill into the page.
 */
export function CommentView({ locale, comment, badge, inReplyTo, className = '' }: Props) {
  const created = new Date(comment.createdAt);
  const name = <bdi className="font-bold">{comment.authorName}</bdi>;
  return (
    <div className={className}>
      <p className="flex flex-wrap items-center gap-x-2 text-sm">
        {comment.authorUrl ? (
          <a href={comment.authorUrl} rel="nofollow ugc noopener noreferrer" className="text-brand-ink hover:underline">
            {name}
          </a>
        ) : (
          name
        )}
        {badge && <span className="rounded bg-line px-2 text-xs font-bold">{badge}</span>}
        {inReplyTo && <span className="text-muted">{inReplyTo}</span>}
        <time dateTime={created.toISOString()} className="text-muted">
          {comment.createdAtText ?? formatDateTime(created, locale)}
        </time>
      </p>
      <p dir="auto" className="mt-1 whitespace-pre-line [unicode-bidi:plaintext]">
        {comment.body}
      </p>
    </div>
  );
}
