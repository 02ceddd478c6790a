import crypto from 'node:crypto';
import { appSecret } from './app-secret';

// Secrets the server must read back (authenticator keys) are kept encrypted with a key derived
// from APP_SECRET (AES-256-GCM): a copy of the database alone does not yield them.
const key = (purpose: string) => Buffer.from(crypto.hkdfSync('sha256', appSecret(), '', `secret-box:${purpose}`, 32));

export function seal(plain: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plain text, or null when the box was sealed with another key or changed. */
export function open(sealed: string, purpose: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
