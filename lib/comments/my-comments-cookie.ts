import 'server-only';
import { sign, verify } from '@/lib/security/signed-value';

/**
 * A signed list of the comments this browser wrote: those awaiting moderation are shown to their
 * author only, and an approved one makes the next comment with the same email known.
 */
export const MY_COMMENTS_COOKIE = 'my_comments';
const MAX_REMEMBERED = 20;

export function readMyComments(cookie: string | undefined): number[] {
  const value = verify(cookie);
  return value
    ? value
        .split('-')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
}

export function rememberMyComment(cookie: string | undefined, id: number): string {
  return sign([...readMyComments(cookie), id].slice(-MAX_REMEMBERED).join('-'));
}

/**
 * What the comment action hands the reader's browser for a comment awaiting moderation; the
 * browser trades it for the cookie (POST /api/comments/mine). The action sets no cookie itself:
 * an action that sets one makes Next render the whole page again into its answer.
 */
export function commentReceipt(id: number): string {
  return sign(`comment:${id}`);
}

export function receiptCommentId(receipt: unknown): number | null {
  const value = typeof receipt === 'string' ? verify(receipt) : null;
  const id = value?.startsWith('comment:') ? Number(value.slice('comment:'.length)) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

export const myCommentsCookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1',
  path: '/',
  // Each new comment renews it: a regular commenter stays known; after half a year of silence the
  // next comment waits for a moderator once more.
  maxAge: 180 * 24 * 3600,
};
