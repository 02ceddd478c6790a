'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { completeSignIn, safeNext, signInClient } from '@/lib/auth/complete-sign-in';
import { startChallenge } from '@/lib/auth/sign-in-challenge';
import { checkCredentials } from '@/lib/auth/sign-in';
import { endSession } from '@/lib/auth/session';
import { secondFactorRequired } from '@/lib/auth/two-factor-policy';
import { findTwoFactor } from '@/lib/data/two-factor';
import { findSignInProfile } from '@/lib/data/users';
import { SignInSchema } from '@/lib/validation/auth';
import { fieldErrors, formObject } from './admin/staff-action';
import type { ActionState } from './admin/action-state';

export async function signIn(_previous: ActionState, form: FormData): Promise<ActionState> {
  const parsed = SignInSchema.safeParse(formObject(form));
  const email = String(form.get('email') ?? '').slice(0, 254);
  if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error), values: { email } };
  const result = await checkCredentials(parsed.data.email, parsed.data.password, await signInClient(parsed.data.email));
  if (!result.ok) {
    return result.reason === 'throttled'
      ? { status: 'error', message: 'throttled', values: { email, minutes: Math.ceil(result.retryAfterMs / 60_000) } }
      : { status: 'error', message: 'badCredentials', values: { email } };
  }
  const user = (await findSignInProfile(result.userId))!;
  const factor = await findTwoFactor(user.id);
  if (factor?.enabledAt || secondFactorRequired(user.role)) {
    // The password was right; the session waits for the second factor (or its enrolment).
    await startChallenge(user.id, factor?.enabledAt ? 'verify' : 'enroll', safeNext(parsed.data.next));
    redirect({ href: '/admin/login/two-factor', locale: user.locale ?? (await getLocale()) });
  }
  return completeSignIn(user, safeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect({ href: '/admin/login', locale: await getLocale() });
}
