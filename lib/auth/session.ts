import 'server-only';
import crypto from 'node:crypto';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { deleteSession, findSession, insertSession, touchSession } from '@/lib/data/sessions';

// Sessions are rows: signing out or deactivating an account ends them at once. The cookie holds a
// random token; the database keeps only its SHA-256, so a leaked table opens no session.
export const SESSION_COOKIE = 'portal_session';
const LIFETIME_MS = 30 * 86_400_000;
/** Last activity is written at most once an hour per session. */
const TOUCH_AFTER_MS = 3_600_000;

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1',
  path: '/',
});

/** A new session on every sign-in (never a reused id). */
export async function startSession(userId: number, userAgent: string) {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  await insertSession({ id: digest(token), userId, expiresAt, userAgent: userAgent.slice(0, 300) });
  (await cookies()).set(SESSION_COOKIE, token, { ...cookieOptions(), expires: expiresAt });
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSession>>>['user'];

/** The signed-in staff member of this request, or null. Cached for the request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => sessionUserForToken((await cookies()).get(SESSION_COOKIE)?.value));

/** The staff member a session cookie belongs to (also used by the proxy, outside React). */
export async function sessionUserForToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const now = new Date();
  const session = await findSession(digest(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(session.id, now);
  }
  return session.user;
}

export async function endSession() {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(digest(token));
  jar.delete({ name: SESSION_COOKIE, path: '/' });
}
