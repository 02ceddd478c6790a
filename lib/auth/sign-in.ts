import 'server-only';
import { findCredentials } from '@/lib/data/sessions';
import { refundCounter } from '@/lib/data/rate-limit';
import { rateLimit, type Limit } from '@/lib/rate-limit';
import { claimAttemptSlot, forgiveAttempts, type GrowingDelay } from '@/lib/rate-limit/growing-delay';
import { hashPassword, verifyPassword } from './password';

// Every attempt is counted before the password (or code) is checked, atomically in the
// database, so parallel attempts cannot slip past a limit. Three counters:
// - account + address (or + trusted device): five tries, then waits that double from 30 s to
//   15 min. This is the one a stranger runs into, and it never touches the owner's own pair.
// - address: failures from one address over all accounts (guessing many accounts at once).
// - account: failures from browsers that never signed in to it (one account guessed from many
//   addresses). A browser that did (trusted-device.ts) skips these two, so the owner keeps
//   signing in on their own device whatever a stranger does; a password reset by email makes
//   the browser that finished it trusted.
export const PAIR_DELAYS: GrowingDelay = { free: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 86_400_000 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowMs: 15 * 60_000 };
export const ACCOUNT_LIMIT: Limit = { max: 50, windowMs: 60 * 60_000 };

export interface SignInClient {
  ipHash: string;
  /** Set when the browser holds a valid device token for this account. */
  trustedDeviceId?: string | null;
}

export type Throttled = { ok: false; reason: 'throttled'; retryAfterMs: number };
type Claimed = { ok: true; forgive: () => Promise<void> };

/** Claims one attempt at a secret of `account` ('signin': the password, '2fa': a code). */
export async function claimSignInAttempt(scope: 'signin' | '2fa', account: string, client: SignInClient, now = new Date()): Promise<Claimed | Throttled> {
  const pairKey = client.trustedDeviceId ? `${scope}:device:${account}:${client.trustedDeviceId}` : `${scope}:pair:${account}:${client.ipHash}`;
  const pair = await claimAttemptSlot(pairKey, PAIR_DELAYS, now);
  if (!pair.allowed) return { ok: false, reason: 'throttled', retryAfterMs: pair.retryAfterMs };
  const windows = client.trustedDeviceId
    ? []
    : [
        { key: `${scope}:ip:${client.ipHash}`, limit: ADDRESS_LIMIT },
        { key: `${scope}:account:${account}`, limit: ACCOUNT_LIMIT },
      ];
  const hits = await Promise.all(windows.map((w) => rateLimit(w.key, w.limit, now)));
  const refused = hits.filter((h) => !h.allowed);
  if (refused.length) return { ok: false, reason: 'throttled', retryAfterMs: Math.max(...refused.map((h) => h.retryAfterMs)) };
  return { ok: true, forgive: async () => void (await Promise.all([forgiveAttempts(pairKey), ...windows.map((w) => refundCounter(w.key))])) };
}

// Verified when the email is unknown, so that a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: 'invalid' } | Throttled;

export async function checkCredentials(email: string, password: string, client: SignInClient, now = new Date()): Promise<SignInResult> {
  const claim = await claimSignInAttempt('signin', email, client, now);
  if (!claim.ok) return claim;
  const user = await findCredentials(email);
  dummyHash ??= hashPassword('not a real password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.active || !valid) return { ok: false, reason: 'invalid' };
  await claim.forgive();
  return { ok: true, userId: user.id };
}
