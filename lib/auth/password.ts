// Passwords are hashed with argon2id (OWASP's first choice), through @node-rs/argon2's native
// binding: no node-gyp build, and hashing runs off the event loop.
import { hash, verify } from '@node-rs/argon2';
import crypto from 'node:crypto';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A readable random password for generated accounts (printed once by the seed). */
export function generatePassword(): string {
  return crypto.randomBytes(12).toString('base64url');
}
