// How many bytes a request body may have, by where it goes. Read by the production server
// (scripts/serve.ts counts the bytes as they arrive, chunked bodies too), by the proxy (an early
// refusal from Content-Length) and by the route handlers (lib/api/read-json-limited.ts).
// No server-only imports: scripts/serve.ts runs it outside Next's bundles.
import { ADMIN_PATH, isPublicAdminPath } from '@/lib/auth/admin-routes';
import { hasSessionCookie } from '@/lib/edge/staff-cookies';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Forms anyone may send: a comment, sign-in, the two-step code, a password reset. The largest the
 * comment form lets a reader type (5,000 characters, every field at its maxlength, 3 bytes a
 * character, multipart framing) is about 17 KiB (lib/http/body-limits.test.ts).
 */
export const FORM_BODY_LIMIT = 64 * KiB;

/**
 * Actions of the admin's pages for a signed-in caller: an image upload (MAX_UPLOAD_MB, 10 MiB) with
 * the form around it. Same as serverActions.bodySizeLimit in next.config.js (a test keeps them equal).
 */
export const STAFF_BODY_LIMIT = 11 * MiB;

/** What each route handler reads (JSON); the server holds every /api request to the largest. */
export const API_BODY_LIMITS = {
  /** The read beacon: `{"id":…}`. */
  reads: 1 * KiB,
  /** A comment receipt (a short signed string). */
  myComments: 4 * KiB,
  /** The cache's second pass: up to 200 tags of up to 256 characters. */
  revalidate: 256 * KiB,
} as const;

export const API_BODY_LIMIT = Math.max(...Object.values(API_BODY_LIMITS));

/**
 * The limit for a request to `pathname`. Only a caller with a session cookie gets the upload
 * limit, and only on the admin's own pages (the action checks the session itself); a forged
 * cookie buys at most that much, refused by the action after reading.
 */
export function bodyLimitFor(pathname: string, cookieHeader: string | null | undefined): number {
  if (pathname === '/api' || pathname.startsWith('/api/')) return API_BODY_LIMIT;
  const admin = ADMIN_PATH.exec(pathname)?.[2];
  if (admin && !isPublicAdminPath(admin) && hasSessionCookie(cookieHeader ?? undefined)) return STAFF_BODY_LIMIT;
  return FORM_BODY_LIMIT;
}
