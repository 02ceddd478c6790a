'use server';

import { after } from 'next/server';
import { cookies, headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { authCookieOptions } from '@/lib/auth/cookies';
import { preparePasswordReset, resetPassword, sendMail } from '@/lib/auth/password-reset';
import { deviceCookieName, DEVICE_LIFETIME_MS, newDeviceToken } from '@/lib/auth/trusted-device';
import { recordAudit } from '@/lib/data/audit';
import { getSiteSettings } from '@/lib/data/site';
import { mailConfigured } from '@/lib/mail/mailer';
import { rateLimit, type Limit } from '@/lib/rate-limit';
import { clientAddress } from '@/lib/security/client-address';
import { hashIp } from '@/lib/security/ip-hash';
import { ForgotPasswordSchema, ResetPasswordSchema } from '@/lib/validation/auth';
import type { ActionState } from './admin/action-state';
import { fieldErrors, formObject } from './admin/staff-action';

/** Against mail floods: per address, and per recipient (the same for addresses without an account). */
const PER_ADDRESS: Limit = { max: 10, windowMs: 60 * 60_000 };
const PER_EMAIL: Limit = { max: 3, windowMs: 60 * 60_000 };

export async function requestPasswordReset(_previous: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ForgotPasswordSchema.safeParse(formObject(form));
  const email = String(form.get('email') ?? '').slice(0, 254);
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error), values: { email } };
  if (!mailConfigured()) return { status: 'error', message: 'mailUnavailable', values: { email } };
  const ipHash = hashIp(clientAddress(await headers()));
  const limits = await Promise.all([rateLimit(`reset:ip:${ipHash}`, PER_ADDRESS), rateLimit(`reset:email:${parsed.data.email}`, PER_EMAIL)]);
  const refused = limits.filter((l) => !l.allowed);
  if (refused.length)
    return { status: 'error', message: 'resetThrottled', values: { email, minutes: Math.ceil(Math.max(...refused.map((l) => l.retryAfterMs)) / 60_000) } };
  const mail = await preparePasswordReset(parsed.data.email, (await getSiteSettings()).siteName);
  // Sent after the answer: an address with an account must not answer more slowly than one without.
  if (mail) after(() => sendMail(mail).catch((e: Error) => console.error(`[mail] the password reset mail was not sent: ${e.message}`)));
  return { status: 'ok' };
}

export async function resetPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ResetPasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error) };
  const account = await resetPassword(parsed.data.token, parsed.data.newPassword);
  if (!account) return { status: 'error', message: 'resetLinkInvalid' };
  await recordAudit(account.userId, 'user.password-reset', 'user', account.userId);
  // This browser proved it reads the account's mail: sign-in limits for strangers no longer apply to it.
  (await cookies()).set(deviceCookieName(), newDeviceToken(account.email), { ...authCookieOptions(), maxAge: DEVICE_LIFETIME_MS / 1000 });
  redirect({ href: '/admin/login?reset=1', locale: await getLocale() });
  return { status: 'ok' };
}
