'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { completeSignIn, signInClient } from '@/lib/auth/complete-sign-in';
import { currentChallenge, endChallenge } from '@/lib/auth/sign-in-challenge';
import { beginEnrolment, checkSecondFactor, confirmEnrolment } from '@/lib/auth/two-factor';
import { recordAudit } from '@/lib/data/audit';
import { confirmChallenge } from '@/lib/data/sign-in-challenges';
import { getSiteSettings } from '@/lib/data/site';
import { SecondFactorSchema } from '@/lib/validation/auth';
import type { ActionState } from './admin/action-state';
import { fieldErrors, formObject } from './admin/staff-action';

// The second step of a sign-in, authorised by the challenge the right password left in this
// browser (lib/auth/sign-in-challenge.ts), never by a session.

const expired = async (): Promise<never> => redirect({ href: '/admin/login', locale: await getLocale() });

/** A code from the authenticator or a recovery code; the session opens when it is right. */
export async function verifySecondFactor(_previous: ActionState, form: FormData): Promise<ActionState> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'verify') return expired();
  const parsed = SecondFactorSchema.safeParse(formObject(form));
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error) };
  const result = await checkSecondFactor(challenge.user, parsed.data.code, await signInClient(challenge.user.email));
  if (!result.ok) {
    return result.reason === 'throttled'
      ? { status: 'error', message: 'codeThrottled', values: { minutes: Math.ceil(result.retryAfterMs / 60_000) } }
      : { status: 'error', message: 'checkFields', errors: { code: ['codeWrong'] } };
  }
  if (!(await endChallenge(challenge))) return expired();
  if (result.method === 'recovery') await recordAudit(challenge.user.id, 'auth.recovery-code', 'user', challenge.user.id);
  return completeSignIn(challenge.user, challenge.next, { secondFactor: result.method });
}

/** Enrolment that REQUIRE_2FA asks of admins and editors before their first session. */
export async function beginRequiredEnrolment(): Promise<ActionState> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'enroll' || challenge.confirmedAt) return expired();
  const key = await beginEnrolment(challenge.user, (await getSiteSettings()).siteName);
  if (!key) return { status: 'error', message: 'invalid' };
  return { status: 'ok', values: { ...key } };
}

export async function confirmRequiredEnrolment(_previous: ActionState, form: FormData): Promise<ActionState> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'enroll' || challenge.confirmedAt) return expired();
  const parsed = SecondFactorSchema.safeParse(formObject(form));
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error) };
  const codes = await confirmEnrolment(challenge.user.id, parsed.data.code);
  if (!codes) return { status: 'error', message: 'checkFields', errors: { code: ['codeWrong'] } };
  await confirmChallenge(challenge.id);
  await recordAudit(challenge.user.id, 'user.2fa-enable', 'user', challenge.user.id);
  return { status: 'ok', values: { codes } };
}

/** After the recovery codes were shown: the session opens. */
export async function finishRequiredEnrolment(): Promise<ActionState> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'enroll' || !challenge.confirmedAt || !(await endChallenge(challenge))) return expired();
  return completeSignIn(challenge.user, challenge.next, { secondFactor: 'enrolled' });
}
