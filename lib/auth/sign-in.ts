import 'server-only';
import { findCredentials } from '@/lib/data/sessions';
import { isLimited, rateLimit, resetLimit, type Limit } from '@/lib/rate-limit';
import { hashPassword, verifyPassword } from './password';

// Failed sign-ins are counted per account and per address; past the limit every attempt is
// refused (even a right password) until the window ends.
export const ACCOUNT_LIMIT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const ADDRESS_LIMIT: Limit = { max: 20, windowMs: 15 * 60_000 };

// Verified when the email is unknown, so that a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: 'invalid' | 'throttled'; retryAfterMs?: number };

export async function checkCredentials(email: string, password: string, ipHash: string): Promise<SignInResult> {
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:ip:${ipHash}`;
  const [account, address] = await Promise.all([isLimited(accountKey, ACCOUNT_LIMIT), isLimited(addressKey, ADDRESS_LIMIT)]);
  if (!account.allowed || !address.allowed) {
    return { ok: false, reason: 'throttled', retryAfterMs: Math.max(account.retryAfterMs, address.retryAfterMs) };
  }
  const user = await findCredentials(email);
  dummyHash ??= hashPassword('not a real password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.active || !valid) {
    await Promise.all([rateLimit(accountKey, ACCOUNT_LIMIT), rateLimit(addressKey, ADDRESS_LIMIT)]);
    return { ok: false, reason: 'invalid' };
  }
  await resetLimit(accountKey);
  return { ok: true, userId: user.id };
}
