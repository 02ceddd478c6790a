import crypto from 'node:crypto';
import { appSecret } from '@/lib/security/app-secret';

// Ten single-use codes for the day the authenticator is lost. 50 random bits each, written as
// two groups of five letters and digits without look-alikes (no 0/o, 1/l/i). They are kept as
// keyed hashes: random codes this long need no slow hash, and a copy of the table reveals none.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What a person may type for a code: any case, with or without the dash and spaces. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '');
  return code.length === 10 && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(code: string): string {
  return crypto
    .createHmac('sha256', appSecret())
    .update(`recovery:${code.replace(/-/g, '')}`)
    .digest('base64url');
}
