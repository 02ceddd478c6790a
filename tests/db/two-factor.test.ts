import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { beginEnrolment, checkSecondFactor, confirmEnrolment, regenerateRecoveryCodes, twoFactorStatus } from '@/lib/auth/two-factor';
import { secondFactorRequired } from '@/lib/auth/two-factor-policy';
import { PAIR_DELAYS } from '@/lib/auth/sign-in';
import { removeTwoFactor } from '@/lib/data/two-factor';
import { insertSession } from '@/lib/data/sessions';
import { sessionUserForToken } from '@/lib/auth/session';
import crypto from 'node:crypto';
import { providers, type TestDatabase } from './databases';

const T0 = new Date('2026-06-15T12:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const codeAt = (secret: string, when: Date): Promise<string> => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });
const client = (ip = '10.0.0.1') => ({ ipHash: `ip-${ip}` });

describe.each(providers)('two-step verification on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  let n = 0;
  const newUser = async (role: 'ADMIN' | 'EDITOR' | 'AUTHOR' = 'EDITOR') => {
    const name = `staff-${++n}`;
    return getDb().user.create({ data: { email: `${name}@example.com`, name, slug: name, passwordHash: 'x', role }, select: { id: true, email: true } });
  };
  /** A user with an authenticator enabled at T0; its key and recovery codes. */
  const enrolled = async () => {
    const user = await newUser();
    const key = (await beginEnrolment(user, 'Azghar Today'))!;
    const codes = (await confirmEnrolment(user.id, await codeAt(key.secret, T0), T0))!;
    return { user, secret: key.secret, codes };
  };

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
  afterEach(() => void delete process.env.REQUIRE_2FA);

  it('enrols with a QR code and the first code from the app, then gives ten recovery codes kept only as hashes', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const key = (await beginEnrolment(user, 'Azghar Today'))!;
    expect(key.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(key.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(await confirmEnrolment(user.id, '000000', T0)).toBeNull();
    expect((await twoFactorStatus(user.id)).enabled).toBe(false);
    const codes = (await confirmEnrolment(user.id, await codeAt(key.secret, T0), T0))!;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    const stored = JSON.stringify([
      await getDb().twoFactor.findUnique({ where: { userId: user.id } }),
      await getDb().recoveryCode.findMany({ where: { userId: user.id } }),
    ]);
    expect(stored).not.toContain(key.secret);
    for (const code of codes) expect(stored).not.toContain(code.replace('-', ''));
    // A second enrolment cannot replace an enabled authenticator.
    expect(await beginEnrolment(user, 'Azghar Today')).toBeNull();
  });

  it('accepts each code from the app once, with one step of clock drift', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { user, secret } = await enrolled();
    const code = await codeAt(secret, at(60));
    expect(await checkSecondFactor(user, code, client(), at(60))).toEqual({ ok: true, method: 'totp' });
    expect(await checkSecondFactor(user, code, client(), at(61))).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkSecondFactor(user, await codeAt(secret, at(120)), client(), at(95))).toEqual({ ok: true, method: 'totp' });
    expect(await checkSecondFactor(user, await codeAt(secret, at(300)), client(), at(200))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('lets one of five parallel requests with the same code through', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { user, secret } = await enrolled();
    const code = await codeAt(secret, at(90));
    const results = await Promise.all(Array.from({ length: 5 }, () => checkSecondFactor(user, code, client(), at(90))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('takes each recovery code once, in any case and with or without its dash', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { user, codes } = await enrolled();
    expect(await checkSecondFactor(user, ` ${codes[3]!.toUpperCase().replace('-', '')} `, client(), at(10))).toEqual({ ok: true, method: 'recovery' });
    expect(await checkSecondFactor(user, codes[3]!, client(), at(11))).toEqual({ ok: false, reason: 'invalid' });
    expect((await twoFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
    const fresh = await regenerateRecoveryCodes(user.id);
    expect(await checkSecondFactor(user, codes[4]!, client(), at(12))).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkSecondFactor(user, fresh[0]!, client(), at(13))).toEqual({ ok: true, method: 'recovery' });
  });

  it('slows down wrong codes from one address like wrong passwords, without slowing the owner elsewhere', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { user, secret } = await enrolled();
    for (let i = 0; i < PAIR_DELAYS.free; i++)
      expect(await checkSecondFactor(user, '123456', client('203.0.113.1'), at(40))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await checkSecondFactor(user, await codeAt(secret, at(40)), client('203.0.113.1'), at(40))).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await checkSecondFactor(user, await codeAt(secret, at(40)), client('198.51.100.1'), at(40))).toEqual({ ok: true, method: 'totp' });
  });

  it('is required of admins and editors only when REQUIRE_2FA is set', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(secondFactorRequired('ADMIN')).toBe(false);
    process.env.REQUIRE_2FA = '1';
    expect([secondFactorRequired('ADMIN'), secondFactorRequired('EDITOR'), secondFactorRequired('AUTHOR'), secondFactorRequired('CONTRIBUTOR')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('under REQUIRE_2FA, ends sessions of admins and editors without an authenticator, not of authors', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const session = async (userId: number) => {
      const token = crypto.randomBytes(32).toString('base64url');
      await insertSession({
        id: crypto.createHash('sha256').update(token).digest('base64url'),
        userId,
        expiresAt: new Date(Date.now() + 3_600_000),
        userAgent: '',
      });
      return token;
    };
    const editor = await newUser('EDITOR');
    const author = await newUser('AUTHOR');
    const { user: enrolledEditor } = await enrolled();
    const [e, a, x] = [await session(editor.id), await session(author.id), await session(enrolledEditor.id)];
    expect(await sessionUserForToken(e)).toMatchObject({ id: editor.id });
    process.env.REQUIRE_2FA = '1';
    expect(await sessionUserForToken(e)).toBeNull();
    expect(await sessionUserForToken(a)).toMatchObject({ id: author.id });
    expect(await sessionUserForToken(x)).toMatchObject({ id: enrolledEditor.id });
  });

  it('is removed with its recovery codes by a reset', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { user, codes } = await enrolled();
    await removeTwoFactor(user.id);
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: false });
    expect(await checkSecondFactor(user, codes[0]!, client('10.1.1.1'), at(5))).toEqual({ ok: false, reason: 'invalid' });
    expect(await getDb().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});
