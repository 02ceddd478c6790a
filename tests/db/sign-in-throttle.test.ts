import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { hashPassword } from '@/lib/auth/password';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, checkCredentials, PAIR_DELAYS } from '@/lib/auth/sign-in';
import { purgeExpiredCounters } from '@/lib/data/rate-limit';
import { providers, type TestDatabase } from './databases';

const PASSWORD = 'the-right-password-1';
const T0 = new Date('2026-06-15T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const attempt = (email: string, password: string, ip: string, when = T0, trustedDeviceId?: string) =>
  checkCredentials(email, password, { ipHash: `ip-${ip}`, trustedDeviceId }, when);

describe.each(providers)('sign-in throttling on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    await deployMigrations(db.url);
    const passwordHash = await hashPassword(PASSWORD);
    for (const name of ['race', 'owner', 'delays', 'flooded', 'sprayed-1']) {
      await getDb().user.create({ data: { email: `${name}@example.com`, name, slug: name, passwordHash, role: 'EDITOR' } });
    }
  });
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('checks only five of twenty parallel wrong passwords: each attempt is counted before its check', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('race@example.com', `wrong-${i}`, '10.0.0.1')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(PAIR_DELAYS.free);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - PAIR_DELAYS.free);
  });

  it("never refuses the owner's right password because of a stranger's wrong ones from another address", async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    for (let i = 0; i < 12; i++) await attempt('owner@example.com', `guess-${i}`, '203.0.113.9', at(i * 1000));
    expect(await attempt('owner@example.com', PASSWORD, '203.0.113.9', at(12_000))).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await attempt('owner@example.com', PASSWORD, '198.51.100.4', at(12_000))).toMatchObject({ ok: true });
  });

  it('makes one address wait longer after each failure past five, up to 15 minutes; the right password ends the wait', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    let now = T0.getTime();
    for (let i = 0; i < 5; i++) expect(await attempt('delays@example.com', 'wrong', '10.0.0.2', new Date(now))).toMatchObject({ reason: 'invalid' });
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const refused = await attempt('delays@example.com', PASSWORD, '10.0.0.2', new Date(now + 1000));
      expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
      const wait = (refused as { retryAfterMs: number }).retryAfterMs + 1000;
      waits.push(wait);
      now += wait;
      expect(await attempt('delays@example.com', 'wrong', '10.0.0.2', new Date(now))).toMatchObject({ reason: 'invalid' });
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
    now += 900_000;
    expect(await attempt('delays@example.com', PASSWORD, '10.0.0.2', new Date(now))).toMatchObject({ ok: true });
    // A success starts the count again: five free attempts.
    for (let i = 0; i < 5; i++) expect(await attempt('delays@example.com', 'wrong', '10.0.0.2', new Date(now))).toMatchObject({ reason: 'invalid' });
  });

  it('slows one account guessed from many addresses, except in a browser that signed in to it before', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await attempt('flooded@example.com', `guess-${i}`, `192.0.2.${i}`);
    expect(await attempt('flooded@example.com', PASSWORD, '192.0.2.250')).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await attempt('flooded@example.com', PASSWORD, '192.0.2.251', T0, 'owners-laptop')).toMatchObject({ ok: true });
    expect(await attempt('flooded@example.com', PASSWORD, '192.0.2.251', at(ACCOUNT_LIMIT.windowMs))).toMatchObject({ ok: true });
  });

  it('slows one address guessing many accounts', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) await attempt(`sprayed-${i}@example.com`, PASSWORD.toUpperCase(), '10.9.9.9', at(i));
    expect(await attempt('sprayed-1@example.com', PASSWORD, '10.9.9.9', at(100))).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await attempt('sprayed-1@example.com', PASSWORD, '10.9.9.10', at(100))).toMatchObject({ ok: true });
  });

  it('forgets quiet keys', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(await purgeExpiredCounters(at(2 * 86_400_000))).toBeGreaterThan(0);
    expect(await getDb().attemptThrottle.count()).toBe(0);
  });
});
