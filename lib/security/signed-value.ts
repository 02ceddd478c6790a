import crypto from 'node:crypto';
import { appSecret } from './app-secret';

const mac = (value: string) => crypto.createHmac('sha256', appSecret()).update(value).digest('base64url');

/** `value.signature`: a value the browser may keep but cannot change. */
export function sign(value: string): string {
  return `${value}.${mac(value)}`;
}

export function verify(signed: string | undefined): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf('.');
  if (dot < 0) return null;
  const value = signed.slice(0, dot);
  const expected = Buffer.from(mac(value));
  const given = Buffer.from(signed.slice(dot + 1));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? value : null;
}
