import 'server-only';
import {
  enableTwoFactor,
  findTwoFactor,
  replaceRecoveryCodes,
  startEnrolment,
  unusedRecoveryCodeCount,
  spendRecoveryCode,
  spendTimeStep,
} from '@/lib/data/two-factor';
import { open, seal } from '@/lib/security/secret-box';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';
import { claimSignInAttempt, type SignInClient, type Throttled } from './sign-in';
import { matchingTimeStep, newTotpSecret, otpauthUri, qrCodeDataUrl } from './totp';

const SEAL_PURPOSE = 'totp';

export interface EnrolmentKey {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  qrCode: string;
}

/** A new authenticator key for `user`, waiting for its first code; null while one is enabled. */
export async function beginEnrolment(user: { id: number; email: string }, issuer: string): Promise<EnrolmentKey | null> {
  const secret = newTotpSecret();
  if (!(await startEnrolment(user.id, seal(secret, SEAL_PURPOSE)))) return null;
  return { secret, qrCode: await qrCodeDataUrl(otpauthUri(secret, user.email, issuer)) };
}

async function acceptTotp(userId: number, code: string, now: Date, enabled: boolean): Promise<boolean> {
  const factor = await findTwoFactor(userId);
  if (!factor || Boolean(factor.enabledAt) !== enabled) return false;
  const secret = open(factor.secret, SEAL_PURPOSE);
  if (!secret) return false;
  const step = await matchingTimeStep(secret, code, now);
  return step !== null && step > factor.lastStep && (await spendTimeStep(userId, step));
}

/** The first code from the app turns the authenticator on; answers the ten recovery codes. */
export async function confirmEnrolment(userId: number, code: string, now = new Date()): Promise<string[] | null> {
  if (!(await acceptTotp(userId, code.replace(/\s/g, ''), now, false))) return null;
  const codes = newRecoveryCodes();
  await enableTwoFactor(userId, codes.map(hashRecoveryCode), now);
  return codes;
}

export type SecondFactorResult = { ok: true; method: 'totp' | 'recovery' } | { ok: false; reason: 'invalid' } | Throttled;

/**
 * A code from the authenticator (each accepted once) or an unused recovery code, throttled like
 * passwords (per user and address or trusted device, counted before the check).
 */
export async function checkSecondFactor(
  user: { id: number; email: string },
  input: string,
  client: SignInClient,
  now = new Date(),
): Promise<SecondFactorResult> {
  const claim = await claimSignInAttempt('2fa', user.email, client, now);
  if (!claim.ok) return claim;
  const digits = input.replace(/\s/g, '');
  let method: 'totp' | 'recovery' | null = null;
  if (/^\d{6}$/.test(digits)) {
    if (await acceptTotp(user.id, digits, now, true)) method = 'totp';
  } else {
    const recovery = normalizeRecoveryCode(input);
    if (recovery && (await findTwoFactor(user.id))?.enabledAt && (await spendRecoveryCode(user.id, hashRecoveryCode(recovery), now))) method = 'recovery';
  }
  if (!method) return { ok: false, reason: 'invalid' };
  await claim.forgive();
  return { ok: true, method };
}

/** New recovery codes (the old ones stop working). */
export async function regenerateRecoveryCodes(userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(userId, codes.map(hashRecoveryCode));
  return codes;
}

export async function twoFactorStatus(userId: number) {
  const factor = await findTwoFactor(userId);
  return {
    enabled: Boolean(factor?.enabledAt),
    enabledAt: factor?.enabledAt ?? null,
    recoveryCodesLeft: factor?.enabledAt ? await unusedRecoveryCodeCount(userId) : 0,
  };
}
