import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { deleteChallenge, findChallenge, insertChallenge } from '@/lib/data/sign-in-challenges';
import { authCookieName, authCookieOptions } from './cookies';

// Between a right password and the second factor there is no session, only a challenge: a
// random token in a short-lived cookie (the database keeps its SHA-256) that the second step
// needs. It opens one session at most, and expires after ten minutes.
const challengeCookie = () => authCookieName('portal_signin');
const LIFETIME_MS = 10 * 60_000;

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

export async function startChallenge(userId: number, kind: 'verify' | 'enroll', next: string) {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  await insertChallenge({ id: digest(token), userId, kind, next, expiresAt });
  (await cookies()).set(challengeCookie(), token, { ...authCookieOptions(), expires: expiresAt });
}

export type Challenge = NonNullable<Awaited<ReturnType<typeof findChallenge>>>;

/** The live challenge of this browser, or null. */
export async function currentChallenge(): Promise<Challenge | null> {
  const token = (await cookies()).get(challengeCookie())?.value;
  return token && token.length <= 100 ? findChallenge(digest(token)) : null;
}

/** Ends the challenge; true for the one request that ended it. */
export async function endChallenge(challenge: Challenge): Promise<boolean> {
  (await cookies()).delete({ name: challengeCookie(), ...authCookieOptions() });
  return deleteChallenge(challenge.id);
}
