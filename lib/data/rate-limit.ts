import 'server-only';
import { dbProvider, getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';

/**
 * One atomic fixed-window counter in the database, shared by every server process: adds a hit to
 * `key` and returns the count in the current window and when the window ends.
 */
export async function hitCounter(key: string, windowMs: number, now = new Date()): Promise<{ count: number; resetAt: Date }> {
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await getDb().$queryRaw<{ count: number | bigint; resetAt: Date | string }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  return { count: Number(row.count), resetAt: new Date(row.resetAt) };
}

/** Expired windows, removed now and then by the scheduler. */
export async function purgeExpiredCounters(now = new Date()) {
  const [windows, delays] = await Promise.all([
    getDb().rateLimit.deleteMany({ where: { resetAt: { lt: now } } }),
    getDb().attemptThrottle.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return windows.count + delays.count;
}

/** Gives back one hit of `key` (an attempt that turned out to be allowed, such as a right password). */
export async function refundCounter(key: string) {
  await getDb().rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Claims one attempt against a growing-delay key, atomically: refused (null) while the key is
 * blocked; else counted as a failure in advance, blocked until `blockedAfter[failures - 1]` (the
 * last entry once there are more failures than entries), and the new failure count returned. A
 * success calls `clearAttempts`. Counting first means parallel attempts are never all evaluated.
 */
export async function claimAttempt(key: string, blockedAfter: readonly Date[], expiresAt: Date, now = new Date()): Promise<number | null> {
  // PostgreSQL cannot tell the type of a CASE made only of parameters.
  const time = dbProvider() === 'postgresql' ? (d: Date) => Prisma.sql`CAST(${d} AS TIMESTAMP(3))` : (d: Date) => Prisma.sql`${d}`;
  const last = time(blockedAfter.at(-1)!);
  const first = time(blockedAfter[0]!);
  const expired = Prisma.sql`"AttemptThrottle"."expiresAt" <= ${now}`;
  const steps = blockedAfter.slice(0, -1).map((until, i) => Prisma.sql`WHEN "AttemptThrottle"."failures" + 1 = ${i + 1} THEN ${time(until)}`);
  const rows = await getDb().$queryRaw<{ failures: number | bigint }[]>`
    INSERT INTO "AttemptThrottle" ("key", "failures", "blockedUntil", "expiresAt") VALUES (${key}, 1, ${first}, ${expiresAt})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${expired} THEN 1 ELSE "AttemptThrottle"."failures" + 1 END,
      "blockedUntil" = CASE WHEN ${expired} THEN ${first} ${steps.length ? Prisma.join(steps, ' ') : Prisma.empty} ELSE ${last} END,
      "expiresAt" = ${expiresAt}
    WHERE "AttemptThrottle"."blockedUntil" <= ${now} OR ${expired}
    RETURNING "failures"`;
  return rows[0] ? Number(rows[0].failures) : null;
}

/** When a blocked key may try again. */
export async function attemptBlockedUntil(key: string): Promise<Date | null> {
  return (await getDb().attemptThrottle.findUnique({ where: { key }, select: { blockedUntil: true } }))?.blockedUntil ?? null;
}

export async function clearAttempts(key: string) {
  await getDb().attemptThrottle.deleteMany({ where: { key } });
}
