import 'server-only';
import { getDb } from '@/lib/db';

export function listUsers() {
  return getDb().user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      slug: true,
      sessions: { orderBy: { lastSeenAt: 'desc' }, take: 1, select: { lastSeenAt: true } },
      twoFactor: { select: { enabledAt: true } },
    },
  });
}

export class EmailTakenError extends Error {}

export async function createUser(data: {
  name: string;
  email: string;
  role: 'ADMIN' | 'EDITOR' | 'AUTHOR' | 'CONTRIBUTOR';
  passwordHash: string;
  slug: string;
}) {
  const db = getDb();
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw new EmailTakenError();
  const slugTaken = await db.user.findUnique({ where: { slug: data.slug }, select: { id: true } });
  return db.user.create({ data: { ...data, slug: slugTaken ? `${data.slug}-${Date.now().toString(36)}` : data.slug }, select: { id: true } });
}

/** False when no account has this id. */
export async function updateUserAccess(id: number, data: { role: 'ADMIN' | 'EDITOR' | 'AUTHOR' | 'CONTRIBUTOR'; active: boolean }) {
  return (await getDb().user.updateMany({ where: { id }, data })).count > 0;
}

export function updateProfile(id: number, data: { name: string; bio: string; locale: string }) {
  return getDb().user.update({ where: { id }, data, select: { id: true, slug: true } });
}

export function findPasswordHash(id: number) {
  return getDb().user.findUnique({ where: { id }, select: { passwordHash: true } });
}

export function setPasswordHash(id: number, passwordHash: string) {
  return getDb().user.update({ where: { id }, data: { passwordHash }, select: { id: true } });
}

export function findProfile(id: number) {
  return getDb().user.findUnique({ where: { id }, select: { id: true, name: true, bio: true, locale: true, email: true } });
}

/** What a sign-in needs to finish: where the admin opens and whether a second factor is due. */
export function findSignInProfile(id: number) {
  return getDb().user.findUnique({ where: { id }, select: { id: true, email: true, role: true, locale: true } });
}
