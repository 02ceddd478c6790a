import 'server-only';
import { getDb } from '@/lib/db';

/** A staff member's authenticator: null when none was ever started. */
export function findTwoFactor(userId: number) {
  return getDb().twoFactor.findUnique({ where: { userId }, select: { secret: true, enabledAt: true, lastStep: true } });
}

/** Starts (or restarts) an enrolment: a new key, not yet enabled. Refused while one is enabled. */
export async function startEnrolment(userId: number, sealedSecret: string): Promise<boolean> {
  const db = getDb();
  const existing = await db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  if (existing?.enabledAt) return false;
  await db.twoFactor.upsert({ where: { userId }, create: { userId, secret: sealedSecret }, update: { secret: sealedSecret, lastStep: 0 } });
  return true;
}

/**
 * Records that the code of time step `step` was accepted, unless that step (or a later one) was
 * already used: true for the one caller that gets there first, so a code works once.
 */
export async function spendTimeStep(userId: number, step: number): Promise<boolean> {
  return (await getDb().twoFactor.updateMany({ where: { userId, lastStep: { lt: step } }, data: { lastStep: step } })).count === 1;
}

/** Enables the pending authenticator and replaces every recovery code with new ones. */
export async function enableTwoFactor(userId: number, codeHashes: string[], now = new Date()) {
  await getDb().$transaction([
    getDb().twoFactor.update({ where: { userId }, data: { enabledAt: now } }),
    getDb().recoveryCode.deleteMany({ where: { userId } }),
    getDb().recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
}

export async function replaceRecoveryCodes(userId: number, codeHashes: string[]) {
  await getDb().$transaction([
    getDb().recoveryCode.deleteMany({ where: { userId } }),
    getDb().recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
}

/** Uses up one recovery code: true once, for the first caller that presents it. */
export async function spendRecoveryCode(userId: number, codeHash: string, now = new Date()): Promise<boolean> {
  return (await getDb().recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: now } })).count === 1;
}

export function unusedRecoveryCodeCount(userId: number) {
  return getDb().recoveryCode.count({ where: { userId, usedAt: null } });
}

/** Removes the authenticator and its recovery codes (turned off, or reset by an admin). */
export async function removeTwoFactor(userId: number) {
  await getDb().$transaction([
    getDb().recoveryCode.deleteMany({ where: { userId } }),
    getDb().twoFactor.deleteMany({ where: { userId } }),
    getDb().signInChallenge.deleteMany({ where: { userId } }),
  ]);
}
