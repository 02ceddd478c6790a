import 'server-only';
import { getDb } from '@/lib/db';

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

export async function clearCounter(key: string) {
  await getDb().rateLimit.deleteMany({ where: { key } });
}

/** Expired windows, removed now and then by the scheduler. */
export async function purgeExpiredCounters(now = new Date()) {
  return (await getDb().rateLimit.deleteMany({ where: { resetAt: { lt: now } } })).count;
}

/** The current count of `key` without adding a hit (0 when its window has ended). */
export async function peekCounter(key: string, now = new Date()): Promise<{ count: number; resetAt: Date }> {
  const row = await getDb().rateLimit.findUnique({ where: { key } });
  return row && row.resetAt > now ? { count: row.count, resetAt: row.resetAt } : { count: 0, resetAt: now };
}
