import 'server-only';
import { sign, verify } from '@/lib/security/signed-value';

/** A signed list of the reader's own comments awaiting moderation, so that only they see them. */
export const MY_COMMENTS_COOKIE = 'my_comments';
const MAX_REMEMBERED = 20;

export function readMyComments(cookie: string | undefined): number[] {
  const value = verify(cookie);
  return value ? value.split('-').map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];
}

export function rememberMyComment(cookie: string | undefined, id: number): string {
  return sign([...readMyComments(cookie), id].slice(-MAX_REMEMBERED).join('-'));
}

export const myCommentsCookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1',
  path: '/',
  maxAge: 7 * 24 * 3600,
};
