import 'server-only';
import { getDb } from '@/lib/db';

export function insertChallenge(c: { id: string; userId: number; kind: 'verify' | 'enroll'; next: string; expiresAt: Date }) {
  return getDb().signInChallenge.create({ data: c });
}

/** A live challenge and what its step needs to know of the user, or null. */
export async function findChallenge(id: string, now = new Date()) {
  const row = await getDb().signInChallenge.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      next: true,
      confirmedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, role: true, active: true, locale: true } },
    },
  });
  if (!row || row.expiresAt <= now || !row.user.active) return null;
  return row;
}

export function confirmChallenge(id: string, now = new Date()) {
  return getDb().signInChallenge.updateMany({ where: { id, confirmedAt: null }, data: { confirmedAt: now } });
}

/** Ends the challenge; true for the one caller that ended it (a challenge opens one session). */
export async function deleteChallenge(id: string): Promise<boolean> {
  return (await getDb().signInChallenge.deleteMany({ where: { id } })).count === 1;
}
