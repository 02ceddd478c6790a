import 'server-only';
import { getDb } from '@/lib/db';
import type { LiveBounds } from '@/lib/auth/session-policy';

const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  slug: true,
  role: true,
  locale: true,
  active: true,
  twoFactor: { select: { enabledAt: true } },
} as const;

export function insertSession(s: { id: string; userId: number; expiresAt: Date; userAgent: string; ipAddress?: string }) {
  return getDb().session.create({ data: s });
}

/** A session of an active user, live or not (lib/auth/session.ts decides), or null. */
export async function findSession(id: string) {
  const row = await getDb().session.findUnique({
    where: { id },
    select: { id: true, createdAt: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  return row?.user.active ? row : null;
}

export function touchSession(id: string, now: Date) {
  return getDb().session.updateMany({ where: { id }, data: { lastSeenAt: now } });
}

export function deleteSession(id: string) {
  return getDb().session.deleteMany({ where: { id } });
}

export function deleteUserSessions(userId: number) {
  return getDb().session.deleteMany({ where: { userId } });
}

/** A staff member's sessions that are still live at `now`, the latest activity first. */
export function listUserSessions(userId: number, live: LiveBounds) {
  return getDb().session.findMany({
    where: { userId, expiresAt: { gt: live.now }, lastSeenAt: { gt: live.idleBefore }, createdAt: { gt: live.createdAfter } },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
  });
}

/** Ends one session of this user (never someone else's); the number ended, 0 or 1. */
export async function deleteUserSession(userId: number, id: string) {
  return (await getDb().session.deleteMany({ where: { id, userId } })).count;
}

/** Ends every session of this user but one; the number ended. */
export async function deleteOtherSessions(userId: number, keepId: string) {
  return (await getDb().session.deleteMany({ where: { userId, id: { not: keepId } } })).count;
}

/** Sessions no longer live (past their end or idle too long), unfinished sign-ins and password-reset links past their time. */
export async function purgeExpiredSessions(live: LiveBounds) {
  const db = getDb();
  const expired = { where: { expiresAt: { lt: live.now } } };
  const counts = await Promise.all([
    db.session.deleteMany({
      where: { OR: [{ expiresAt: { lte: live.now } }, { lastSeenAt: { lte: live.idleBefore } }, { createdAt: { lte: live.createdAfter } }] },
    }),
    db.signInChallenge.deleteMany(expired),
    db.passwordReset.deleteMany(expired),
  ]);
  return counts.reduce((sum, c) => sum + c.count, 0);
}

/** The credentials of a staff account (the only query that reads a password hash). */
export function findCredentials(email: string) {
  return getDb().user.findUnique({ where: { email }, select: { id: true, active: true, passwordHash: true } });
}
