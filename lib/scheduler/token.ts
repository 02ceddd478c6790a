import crypto from 'node:crypto';
import { appSecret } from '@/lib/security/app-secret';

/** The bearer token of the internal tick: only this app (which knows APP_SECRET) can make it. */
export function tickToken(): string {
  return crypto.createHmac('sha256', appSecret()).update('scheduler-tick').digest('base64url');
}

export function isTickToken(header: string | null): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(tickToken());
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
