import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { startMailSink, type MailSink } from '@/scripts/lib/mail-sink';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { preparePasswordReset, resetPassword, RESET_LIFETIME_MS, sendMail } from '@/lib/auth/password-reset';
import { insertSession } from '@/lib/data/sessions';
import { providers, type TestDatabase } from './databases';

const T0 = new Date('2026-06-15T12:00:00Z');

describe.each(providers)('password reset by email on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  let sink: MailSink;
  const inbox: ParsedMail[] = [];
  let n = 0;
  const newUser = async (locale = 'ar') => {
    const name = `reset-${++n}`;
    return getDb().user.create({
      data: { email: `${name}@example.com`, name: `اسم ${n}`, slug: name, locale, passwordHash: await hashPassword('old-password-123'), role: 'AUTHOR' },
      select: { id: true, email: true },
    });
  };
  /** Asks for a link, sends the mail through SMTP, and returns the link as the mail shows it. */
  const linkFor = async (email: string, now = T0) => {
    const mail = await preparePasswordReset(email, 'أزغار اليوم', now);
    if (!mail) return null;
    const before = inbox.length;
    await sendMail(mail);
    await expect.poll(() => inbox.length).toBeGreaterThan(before);
    const received = inbox.at(-1)!;
    return { received, link: /https?:\/\/\S+\/admin\/password\/reset\/[\w-]+/.exec(received.text!)![0] };
  };
  const tokenOf = (link: string) => link.split('/').at(-1)!;

  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    process.env.SITE_URL = 'https://news.example.ma';
    await deployMigrations(db.url);
    sink = await startMailSink(async (raw) => void inbox.push(await simpleParser(raw)));
    process.env.SMTP_URL = sink.url;
  });
  afterAll(async () => {
    if (!db) return;
    await sink.close();
    await getDb().$disconnect();
    for (const key of ['DATABASE_URL', 'SITE_URL', 'SMTP_URL']) delete process.env[key];
    await db.drop();
  });

  it('mails a link in the account’s language that sets a new password once and ends every session', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser('fr');
    await insertSession({
      id: crypto.randomBytes(16).toString('hex'),
      userId: user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      userAgent: 'old browser',
    });
    const { received, link } = (await linkFor(user.email))!;
    expect(received.to).toMatchObject({ value: [{ address: user.email }] });
    expect(received.subject).toBe('Réinitialisation du mot de passe sur أزغار اليوم');
    expect(link).toMatch(/^https:\/\/news\.example\.ma\/fr\/admin\/password\/reset\/[\w-]{43}$/);
    expect(received.html).toContain(link);
    // Only the token's hash is stored.
    expect(JSON.stringify(await getDb().passwordReset.findMany())).not.toContain(tokenOf(link));

    expect(await resetPassword(tokenOf(link), 'brand-new-password-1', new Date(T0.getTime() + 60_000))).toMatchObject({ userId: user.id });
    const { passwordHash } = (await getDb().user.findUnique({ where: { id: user.id }, select: { passwordHash: true } }))!;
    expect(await verifyPassword(passwordHash, 'brand-new-password-1')).toBe(true);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await resetPassword(tokenOf(link), 'another-password-12', new Date(T0.getTime() + 120_000))).toBeNull();
  });

  it('sends nothing for an address without an account', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(await linkFor('nobody@example.com')).toBeNull();
  });

  it('refuses a link past its hour, and every other link once one was used', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const late = (await linkFor(user.email))!;
    expect(await resetPassword(tokenOf(late.link), 'too-late-password', new Date(T0.getTime() + RESET_LIFETIME_MS + 1))).toBeNull();
    const [first, second] = [(await linkFor(user.email))!, (await linkFor(user.email))!];
    expect(await resetPassword(tokenOf(second.link), 'second-link-password', T0)).not.toBeNull();
    expect(await resetPassword(tokenOf(first.link), 'first-link-password', T0)).toBeNull();
  });

  it('lets one of several parallel uses of a link through', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const user = await newUser();
    const { link } = (await linkFor(user.email))!;
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => resetPassword(tokenOf(link), `parallel-password-${i}`, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
