import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { liveBounds, sessionLimits } from '@/lib/auth/session-policy';
import { purgeExpiredSessions } from '@/lib/data/sessions';
import { providers, type TestDatabase } from './databases';

// The request's cookies and headers, as next/headers gives them to an action.
type Cookie = { name: string; value: string; options: Record<string, unknown> };
const request = { cookies: new Map<string, string>(), set: [] as Cookie[], headers: new Headers() };
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string, options: Record<string, unknown>) => void request.set.push({ name, value, options }),
    delete: (options: { name: string }) => void request.set.push({ name: options.name, value: '', options }),
  }),
}));

const { startSession, sessionUserForToken } = await import('@/lib/auth/session');
const { accountSessions, endAccountSession, endOtherAccountSessions } = await import('@/lib/auth/account-sessions');

const HOUR = 3_600_000;
const FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const digest = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

describe.each(providers)('staff sessions on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  let n = 0;
  const newUser = async () => {
    const name = `session-${++n}`;
    return getDb().user.create({ data: { email: `${name}@example.com`, name, slug: name, passwordHash: 'x', role: 'AUTHOR' }, select: { id: true } });
  };
  /** Signs in from a browser; its cookie token. */
  const signIn = async (userId: number, userAgent = CHROME, forwardedFor = '198.51.100.7, 127.0.0.1') => {
    request.headers = new Headers({ 'user-agent': userAgent, 'x-forwarded-for': forwardedFor });
    request.set = [];
    await startSession(userId);
    return request.set.find((c) => c.value)!.value;
  };
  /** The next calls come from the browser holding this token. */
  const browserWith = (token: string) => {
    request.cookies = new Map([['portal_session', token]]);
  };
  const row = (token: string) => getDb().session.findUnique({ where: { id: digest(token) } });
  const setLastSeen = (token: string, lastSeenAt: Date) => getDb().session.update({ where: { id: digest(token) }, data: { lastSeenAt } });

  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    await deployMigrations(db.url);
  });
  beforeEach(() => {
    vi.stubEnv('TRUSTED_PROXIES', '2');
    request.cookies = new Map();
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('start with a cookie named for the connection, and remember the browser and its address', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('INSECURE_COOKIES', '');
    request.cookies = new Map([['portal_session', 'left-from-before']]);
    const token = await signIn(user.id, FIREFOX);
    expect(request.set[0]).toMatchObject({ name: '__Host-portal_session', options: { secure: true, path: '/', httpOnly: true } });
    expect(request.set[0]!.options).not.toHaveProperty('domain');
    // The cookie of the plain name goes, with the attributes it was set with.
    expect(request.set[1]).toMatchObject({ name: 'portal_session', value: '', options: { secure: true, path: '/' } });
    expect(await row(token)).toMatchObject({ userId: user.id, userAgent: FIREFOX, ipAddress: '198.51.100.7' });

    vi.stubEnv('INSECURE_COOKIES', '1');
    request.cookies = new Map();
    await signIn(user.id);
    expect(request.set).toEqual([expect.objectContaining({ name: 'portal_session', options: expect.objectContaining({ secure: false }) })]);
  });

  it('are refused and deleted once idle longer than SESSION_IDLE_HOURS', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const token = await signIn(user.id);
    await setLastSeen(token, new Date(Date.now() - 12 * HOUR + 60_000));
    expect(await sessionUserForToken(token)).toMatchObject({ id: user.id });
    // That request was its activity: recorded now.
    expect(Date.now() - (await row(token))!.lastSeenAt.getTime()).toBeLessThan(5000);

    await setLastSeen(token, new Date(Date.now() - 12 * HOUR - 1000));
    expect(await sessionUserForToken(token)).toBeNull();
    expect(await row(token)).toBeNull();

    const shortIdle = await signIn(user.id);
    vi.stubEnv('SESSION_IDLE_HOURS', '1');
    await setLastSeen(shortIdle, new Date(Date.now() - HOUR - 1000));
    expect(await sessionUserForToken(shortIdle)).toBeNull();
  });

  it('are refused and deleted past SESSION_MAX_DAYS from sign-in, however active', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const token = await signIn(user.id);
    expect((await row(token))!.expiresAt.getTime() - Date.now()).toBeGreaterThan(30 * 24 * HOUR - 5000);
    await getDb().session.update({ where: { id: digest(token) }, data: { createdAt: new Date(Date.now() - 8 * 24 * HOUR) } });
    expect(await sessionUserForToken(token)).toMatchObject({ id: user.id });
    vi.stubEnv('SESSION_MAX_DAYS', '7');
    expect(await sessionUserForToken(token)).toBeNull();
    expect(await row(token)).toBeNull();
  });

  it('record activity at most every five minutes', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const token = await signIn(user.id);
    const fourMinutesAgo = new Date(Date.now() - 4 * 60_000);
    await setLastSeen(token, fourMinutesAgo);
    await sessionUserForToken(token);
    expect((await row(token))!.lastSeenAt).toEqual(fourMinutesAgo);
    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000);
    await setLastSeen(token, sixMinutesAgo);
    await sessionUserForToken(token);
    expect((await row(token))!.lastSeenAt.getTime()).toBeGreaterThan(sixMinutesAgo.getTime());
  });

  it('are listed to their owner with this device marked, and ended only by their owner', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const [user, stranger] = [await newUser(), await newUser()];
    const here = await signIn(user.id, CHROME);
    const there = await signIn(user.id, FIREFOX, '203.0.113.9, 127.0.0.1');
    const idle = await signIn(user.id, FIREFOX);
    await setLastSeen(idle, new Date(Date.now() - 13 * HOUR));
    const strangers = await signIn(stranger.id, FIREFOX);

    browserWith(here);
    const list = await accountSessions(user.id);
    expect(list.map((s) => [s.device.browser, s.device.os, s.current, s.ipAddress])).toEqual([
      ['Chrome 140', 'Windows 10', true, '198.51.100.7'],
      ['Firefox 128', 'macOS Sonoma', false, '203.0.113.9'],
    ]);
    // The page names sessions by a handle, never by the stored id.
    expect(JSON.stringify(list)).not.toContain(digest(there));

    // Another account's session, or this one's, cannot be ended from this list.
    browserWith(strangers);
    const strangersHandle = (await accountSessions(stranger.id))[0]!.handle;
    browserWith(here);
    expect(await endAccountSession(user.id, strangersHandle)).toEqual({ result: 'notFound' });
    expect(await row(strangers)).not.toBeNull();
    expect(await endAccountSession(user.id, list[0]!.handle)).toEqual({ result: 'current' });
    expect(await endAccountSession(user.id, list[1]!.handle)).toEqual({ result: 'ended', userAgent: FIREFOX });
    expect(await row(there)).toBeNull();
    expect(await sessionUserForToken(there)).toBeNull();

    const more = [await signIn(user.id, FIREFOX), await signIn(user.id, FIREFOX)];
    browserWith(here);
    expect(await endOtherAccountSessions(user.id)).toBe(3);
    for (const token of [...more, idle]) expect(await row(token)).toBeNull();
    expect(await sessionUserForToken(here)).toMatchObject({ id: user.id });
    expect(await sessionUserForToken(strangers)).toMatchObject({ id: stranger.id });
  });

  it('are purged by the clock once past their end or idle', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const [live, idle, old] = [await signIn(user.id), await signIn(user.id), await signIn(user.id)];
    await setLastSeen(idle, new Date(Date.now() - 12 * HOUR - 1000));
    await getDb().session.update({ where: { id: digest(old) }, data: { createdAt: new Date(Date.now() - 31 * 24 * HOUR) } });
    await purgeExpiredSessions(liveBounds(new Date(), sessionLimits()));
    expect([await row(live), await row(idle), await row(old)].map(Boolean)).toEqual([true, false, false]);
  });
});
