'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { checkCredentials } from '@/lib/auth/sign-in';
import { endSession, startSession } from '@/lib/auth/session';
import { recordAudit } from '@/lib/data/audit';
import { findUserLocale } from '@/lib/data/users';
import { clientAddress } from '@/lib/security/client-address';
import { hashIp } from '@/lib/security/ip-hash';
import { SignInSchema } from '@/lib/validation/auth';
import { fieldErrors, formObject } from './admin/staff-action';
import type { ActionState } from './admin/action-state';

/** Only paths inside the admin may follow a sign-in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) ? next : '/admin';
}

export async function signIn(_previous: ActionState, form: FormData): Promise<ActionState> {
  const parsed = SignInSchema.safeParse(formObject(form));
  const email = String(form.get('email') ?? '').slice(0, 254);
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error), values: { email } };
  const requestHeaders = await headers();
  const result = await checkCredentials(parsed.data.email, parsed.data.password, hashIp(clientAddress(requestHeaders)));
  if (!result.ok) {
    return result.reason === 'throttled'
      ? { status: 'error', message: 'throttled', values: { email, minutes: Math.ceil((result.retryAfterMs ?? 60_000) / 60_000) } }
      : { status: 'error', message: 'badCredentials', values: { email } };
  }
  await startSession(result.userId, requestHeaders.get('user-agent') ?? '');
  await recordAudit(result.userId, 'auth.sign-in', 'user', result.userId);
  // The admin opens in the staff member's own interface language.
  redirect({ href: safeNext(parsed.data.next), locale: (await findUserLocale(result.userId)) ?? (await getLocale()) });
  return { status: 'ok' };
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect({ href: '/admin/login', locale: await getLocale() });
}
