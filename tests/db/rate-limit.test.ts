import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { rateLimit } from '@/lib/rate-limit';
import { purgeExpiredCounters } from '@/lib/data/rate-limit';
import { providers, type TestDatabase } from './databases';

describe.each(providers)('flood-control counters on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    await deployMigrations(db.url);
  });
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('allow the configured number of hits per window, then refuse until it ends', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const t0 = new Date('2026-06-15T12:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const day = 86_400_000;
    for (let i = 0; i < 20; i++) expect((await rateLimit('test:day', { max: 20, windowMs: day }, at(i * 1000))).allowed).toBe(true);
    const refused = await rateLimit('test:day', { max: 20, windowMs: day }, at(30_000));
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(day - 30_000);
    expect((await rateLimit('test:day', { max: 20, windowMs: day }, at(day + 1))).allowed).toBe(true);
  });

  it('count concurrent hits exactly once each', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => rateLimit('test:burst', { max: 1, windowMs: 15_000 }, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(1);
  });

  it('forget expired windows', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    await rateLimit('test:old', { max: 1, windowMs: 1000 }, new Date('2020-01-01T00:00:00Z'));
    expect(await purgeExpiredCounters(new Date('2020-01-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
  });
});
