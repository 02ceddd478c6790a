import 'server-only';
import { getDb } from '@/lib/db';

/** Who a reset link may be sent to: an active account with this email. */
export function findResetRecipient(email: string) {
  return getDb().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true, active: true } });
}

export function insertPasswordReset(r: { id: string; userId: number; expiresAt: Date }) {
  return getDb().passwordReset.create({ data: r, select: { id: true } });
}

/** A link that still works: unused, unexpired, for an active account. */
export async function findLivePasswordReset(id: string, now = new Date()) {
  const row = await getDb().passwordReset.findUnique({
    where: { id },
    select: { userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  return row && !row.usedAt && row.expiresAt > now && row.user.active ? row : null;
}

/**
 * Uses the link and sets the new password in one transaction: true for the one request that got
 * there first. Every other link of the account, its sessions and unfinished sign-ins end too.
 */
export async function spendPasswordReset(id: string, userId: number, passwordHash: string, now = new Date()): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const spent = await tx.passwordReset.updateMany({ where: { id, userId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1) return false;
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await tx.passwordReset.deleteMany({ where: { userId, id: { not: id } } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.signInChallenge.deleteMany({ where: { userId } });
    return true;
  });
}
