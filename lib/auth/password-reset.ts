import 'server-only';
import crypto from 'node:crypto';
import { routing } from '@/i18n/routing';
import { findLivePasswordReset, findResetRecipient, insertPasswordReset, spendPasswordReset } from '@/lib/data/password-resets';
import { mailFrom, sendMail } from '@/lib/mail/mailer';
import { passwordResetMail } from '@/lib/mail/password-reset-mail';
import { siteUrl } from '@/lib/site-url';
import { hashPassword } from './password';

// «Forgot your password?»: a link by email that works once, within an hour. The mail carries a
// random token; the database keeps its SHA-256, so a copy of the table opens nothing. The answer
// to a request is the same whether or not the address has an account, and takes as long: the
// mail goes out after the answer.
export const RESET_LIFETIME_MS = 60 * 60_000;

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

/** Prepares the mail for `email` when an active account has it; null otherwise. Send it with `sendMail`. */
export async function preparePasswordReset(email: string, siteName: string, now = new Date()) {
  const user = await findResetRecipient(email);
  if (!user?.active) return null;
  const token = crypto.randomBytes(32).toString('base64url');
  await insertPasswordReset({ id: digest(token), userId: user.id, expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS) });
  const prefix = user.locale === routing.defaultLocale ? '' : `/${user.locale}`;
  const link = `${siteUrl()}${prefix}/admin/password/reset/${token}`;
  return passwordResetMail({
    to: user.email,
    name: user.name,
    locale: user.locale,
    link,
    siteName,
    minutes: RESET_LIFETIME_MS / 60_000,
    from: mailFrom(siteName),
  });
}

export { sendMail };

/** The account a link belongs to while it still works. */
export async function liveResetAccount(token: string, now = new Date()) {
  if (!/^[\w-]{40,60}$/.test(token)) return null;
  const reset = await findLivePasswordReset(digest(token), now);
  return reset ? { userId: reset.userId, email: reset.user.email } : null;
}

/** Sets the new password through the link (once); every session of the account ends. */
export async function resetPassword(token: string, newPassword: string, now = new Date()) {
  const account = await liveResetAccount(token, now);
  if (!account) return null;
  return (await spendPasswordReset(digest(token), account.userId, await hashPassword(newPassword), now)) ? account : null;
}
