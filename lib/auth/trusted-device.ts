import crypto from 'node:crypto';
import { appSecret } from '@/lib/security/app-secret';
import { authCookieName } from './cookies';

// A browser that has signed in to an account before carries a signed token for that account.
// Its sign-in attempts are throttled on their own, so a stranger guessing the password from
// elsewhere (or from the same office network) never slows the owner down on their own device.
export const deviceCookieName = () => authCookieName('portal_device');
export const DEVICE_LIFETIME_MS = 365 * 86_400_000;

const signature = (email: string, id: string) => crypto.createHmac('sha256', appSecret()).update(`device:${email.toLowerCase()}:${id}`).digest('base64url');

export function newDeviceToken(email: string): string {
  const id = crypto.randomBytes(12).toString('base64url');
  return `${id}.${signature(email, id)}`;
}

/** The device id when `token` was issued to a browser that signed in to `email`, else null. */
export function trustedDeviceId(email: string, token: string | undefined): string | null {
  const [id, given] = token?.split('.') ?? [];
  if (!id || !given || id.length > 32) return null;
  const expected = Buffer.from(signature(email, id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? id : null;
}
