import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { recordAudit } from '@/lib/data/audit';
import { clientAddress } from '@/lib/security/client-address';
import { hashIp } from '@/lib/security/ip-hash';
import { authCookieOptions } from './cookies';
import { startSession } from './session';
import { deviceCookieName, DEVICE_LIFETIME_MS, newDeviceToken, trustedDeviceId } from './trusted-device';

// Shared by the sign-in steps (password, second factor, required enrolment). Not in a 'use
// server' file: everything exported there is an endpoint anyone can call.

/** Only paths inside the admin may follow a sign-in (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) ? next : '/admin';
}

/** What the sign-in steps know of the browser: its address (hashed) and device token. */
export async function signInClient(email: string) {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  return { ipHash: hashIp(clientAddress(requestHeaders)), trustedDeviceId: trustedDeviceId(email, jar.get(deviceCookieName())?.value) };
}

/** The last step of every sign-in: a new session, this browser remembered, then the admin. */
export async function completeSignIn(user: { id: number; email: string; locale: string }, next: string, detail: Record<string, unknown> = {}): Promise<never> {
  const jar = await cookies();
  await startSession(user.id);
  if (!trustedDeviceId(user.email, jar.get(deviceCookieName())?.value)) {
    jar.set(deviceCookieName(), newDeviceToken(user.email), { ...authCookieOptions(), maxAge: DEVICE_LIFETIME_MS / 1000 });
  }
  await recordAudit(user.id, 'auth.sign-in', 'user', user.id, detail);
  // The admin opens in the staff member's own interface language.
  return redirect({ href: safeNext(next), locale: user.locale });
}
