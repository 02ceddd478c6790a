import 'server-only';
import crypto from 'node:crypto';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { clientAddress } from '@/lib/security/client-address';
import { authCookieName, authCookieOptions, secureCookies } from './cookies';
import { needsTouch, sessionLimits, sessionState } from './session-policy';
import { secondFactorRequired } from './two-factor-policy';
import { deleteSession, findSession, insertSession, touchSession } from '@/lib/data/sessions';

// Sessions are rows: signing out or deactivating an account ends them at once. The cookie holds a
// random token; the database keeps only its SHA-256, so a leaked table opens no session.
const SESSION_COOKIE = 'portal_session';

/** `__Host-portal_session` over https, `portal_session` on plain http (INSECURE_COOKIES=1). */
export const sessionCookieName = () => authCookieName(SESSION_COOKIE);

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

/** A new session on every sign-in (never a reused id), remembering the browser and its address. */
export async function startSession(userId: number) {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionLimits().maxMs);
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const address = clientAddress(requestHeaders);
  await insertSession({
    id: digest(token),
    userId,
    expiresAt,
    userAgent: (requestHeaders.get('user-agent') ?? '').slice(0, 300),
    ipAddress: address === 'unknown' ? '' : address.slice(0, 64),
  });
  jar.set(sessionCookieName(), token, { ...authCookieOptions(), expires: expiresAt });
  // A cookie of the plain name left from before https (or before the prefix) would keep its
  // browser out of shared caches for a month: it opens nothing, so it goes.
  if (secureCookies() && jar.has(SESSION_COOKIE)) jar.delete({ name: SESSION_COOKIE, ...authCookieOptions() });
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSession>>>['user'];

/** The signed-in staff member of this request, or null. Cached for the request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => sessionUserForToken((await cookies()).get(sessionCookieName())?.value));

/** The stored id of this request's session (whether or not it is still live), or null. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token && token.length <= 100 ? digest(token) : null;
});

/** The staff member a session cookie belongs to (also used by the proxy, outside React). */
export async function sessionUserForToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const now = new Date();
  const session = await findSession(digest(token));
  if (!session) return null;
  const limits = sessionLimits();
  if (sessionState(session, now, limits) !== 'live') {
    // Past its end or idle too long: it will never be live again.
    await deleteSession(session.id);
    return null;
  }
  // REQUIRE_2FA set (or a role changed) after this session began: back through sign-in, which
  // asks for the authenticator to be set up first.
  if (secondFactorRequired(session.user.role) && !session.user.twoFactor?.enabledAt) return null;
  if (needsTouch(session, now, limits)) await touchSession(session.id, now);
  return session.user;
}

export async function endSession() {
  const jar = await cookies();
  const name = sessionCookieName();
  const token = jar.get(name)?.value;
  if (token) await deleteSession(digest(token));
  // With the attributes it was set with: a browser replaces a `__Host-` cookie only by a Secure one.
  jar.delete({ name, ...authCookieOptions() });
}
