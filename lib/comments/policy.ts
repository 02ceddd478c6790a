// The comment rules, as pure functions: when comments are closed, which new comments wait for a
// moderator, and what counts as a too-fast (scripted) submission.

export const MIN_FILL_MS = 3_000;
/** One comment per 15 seconds per address and per email, as WordPress does. */
export const FLOOD_WINDOW_MS = 15_000;
export const DAY_MS = 86_400_000;
/** More links than this and a comment always waits for a moderator. */
export const MAX_LINKS_BEFORE_MODERATION = 2;

export interface CommentSettings {
  commentsEnabled: boolean;
  autoApproveKnown: boolean;
  commentsCloseAfterDays: number;
}

export function commentsClosed(article: { commentsOpen: boolean; publishedAt: Date | null }, settings: CommentSettings, now = new Date()): boolean {
  if (!settings.commentsEnabled || !article.commentsOpen) return true;
  if (settings.commentsCloseAfterDays > 0 && article.publishedAt) {
    return now.getTime() - article.publishedAt.getTime() > settings.commentsCloseAfterDays * DAY_MS;
  }
  return false;
}

export function countLinks(text: string): number {
  return text.match(/https?:\/\/|www\.|\b[\w-]+\.(com|net|org|info|biz|xyz|ru|top|click|shop)\b/gi)?.length ?? 0;
}

/** New comments wait for a moderator, unless the same email already has an approved one (and few links). */
export function initialStatus(input: { knownCommenter: boolean; body: string; website: string | null }, settings: CommentSettings) {
  if (countLinks(input.body) + (input.website ? 1 : 0) > MAX_LINKS_BEFORE_MODERATION) return 'PENDING' as const;
  return input.knownCommenter && settings.autoApproveKnown ? ('APPROVED' as const) : ('PENDING' as const);
}

/**
 * The form's script stamps when the reader started typing. No stamp: the reader has no JavaScript
 * (allowed). A stamp that is not a recent time was forged; one under three seconds old is a script.
 */
export function fillTime(startedAt: string | null, now = Date.now()): 'ok' | 'too-fast' | 'forged' {
  if (!startedAt) return 'ok';
  if (!/^\d{13}$/.test(startedAt)) return 'forged';
  const elapsed = now - Number(startedAt);
  if (elapsed < 0 || elapsed > DAY_MS) return 'forged';
  return elapsed < MIN_FILL_MS ? 'too-fast' : 'ok';
}
