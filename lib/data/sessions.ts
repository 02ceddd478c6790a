import 'server-only';
import { getDb } from '@/lib/db';

const sessionUserSelect = { id: true, name: true, email: true, slug: true, role: true, locale: true, active: true } as const;

export function insertSession(s: { id: string; userId: number; expiresAt: Date; userAgent: string }) {
  return getDb().session.create({ data: s });
}

/** A live session and its active user, or null. */
export async function findSession(id: string, now = new Date()) {
  const row = await getDb().session.findUnique({ where: { id }, select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } } });
  if (!row || row.expiresAt <= now || !row.user.active) return null;
  return row;
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

export async function purgeExpiredSessions(now = new Date()) {
  return (await getDb().session.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}

/** The credentials of a staff account (the only query that reads a password hash). */
export function findCredentials(email: string) {
  return getDb().user.findUnique({ where: { email }, select: { id: true, active: true, passwordHash: true } });
}
