'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { checkSecondFactor, beginEnrolment, confirmEnrolment, regenerateRecoveryCodes } from '@/lib/auth/two-factor';
import { secondFactorRequired } from '@/lib/auth/two-factor-policy';
import { clientAddress } from '@/lib/security/client-address';
import { hashIp } from '@/lib/security/ip-hash';
import { recordAudit } from '@/lib/data/audit';
import { deleteUserSessions } from '@/lib/data/sessions';
import { getSiteSettings } from '@/lib/data/site';
import { removeTwoFactor } from '@/lib/data/two-factor';
import { SecondFactorSchema } from '@/lib/validation/auth';
import { refresh } from 'next/cache';
import { staffAction } from './staff-action';

// A staff member's own second factor, from the account page; and an admin's reset of someone
// else's. Turning it off or replacing the recovery codes asks for a current code first.

const client = async () => ({ ipHash: hashIp(clientAddress(await headers())) });

export const beginTwoFactorAction = staffAction('beginTwoFactorAction', z.object({}), async (user) => {
  const key = await beginEnrolment(user, (await getSiteSettings()).siteName);
  if (!key) return { status: 'error', message: 'twoFactorAlreadyOn' };
  return { status: 'ok', values: { ...key } };
});

export const enableTwoFactorAction = staffAction('enableTwoFactorAction', SecondFactorSchema, async (user, input) => {
  const codes = await confirmEnrolment(user.id, input.code);
  if (!codes) return { status: 'error', message: 'checkFields', errors: { code: ['codeWrong'] } };
  await recordAudit(user.id, 'user.2fa-enable', 'user', user.id);
  return { status: 'ok', message: 'twoFactorOn', values: { codes } };
});

export const regenerateRecoveryCodesAction = staffAction('regenerateRecoveryCodesAction', SecondFactorSchema, async (user, input) => {
  const check = await checkSecondFactor(user, input.code, await client());
  if (!check.ok)
    return check.reason === 'throttled'
      ? { status: 'error', message: 'codeThrottled', values: { minutes: Math.ceil(check.retryAfterMs / 60_000) } }
      : { status: 'error', message: 'checkFields', errors: { code: ['codeWrong'] } };
  const codes = await regenerateRecoveryCodes(user.id);
  await recordAudit(user.id, 'user.2fa-recovery-codes', 'user', user.id);
  return { status: 'ok', values: { codes } };
});

export const disableTwoFactorAction = staffAction('disableTwoFactorAction', SecondFactorSchema, async (user, input) => {
  if (secondFactorRequired(user.role)) return { status: 'error', message: 'twoFactorRequired' };
  const check = await checkSecondFactor(user, input.code, await client());
  if (!check.ok)
    return check.reason === 'throttled'
      ? { status: 'error', message: 'codeThrottled', values: { minutes: Math.ceil(check.retryAfterMs / 60_000) } }
      : { status: 'error', message: 'checkFields', errors: { code: ['codeWrong'] } };
  await removeTwoFactor(user.id);
  await recordAudit(user.id, 'user.2fa-disable', 'user', user.id);
  refresh();
  return { status: 'ok', message: 'twoFactorOff' };
});

/** An admin clears someone's lost authenticator: their sessions end, their next sign-in asks for none (or for a new one under REQUIRE_2FA). */
export const resetTwoFactorAction = staffAction('resetTwoFactorAction', z.object({ id: z.coerce.number().int().positive() }), async (user, input) => {
  if (input.id === user.id) return { status: 'error', message: 'selfChange' };
  await removeTwoFactor(input.id);
  await deleteUserSessions(input.id);
  await recordAudit(user.id, 'user.2fa-reset', 'user', input.id);
  return { status: 'ok', message: 'twoFactorReset', id: input.id };
});
