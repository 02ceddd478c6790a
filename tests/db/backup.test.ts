// npm run db:backup while the site writes, then npm run db:restore into an empty database: the
// restored database holds everything that was there when the backup began, and is sound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { backup, restore } from '@/scripts/db/backup';
import { seedDemo } from '@/prisma/seed/demo';
import { providers, type TestDatabase } from './databases';

describe.each(providers)('backup and restore on $name', ({ create, available }) => {
  let source: TestDatabase | undefined;
  let target: TestDatabase | undefined;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
  beforeAll(async () => {
    if (!(await available())) return;
    source = await create();
    target = await create();
    process.env.DATABASE_URL = source.url;
    await deployMigrations(source.url);
    await seedDemo(getDb(), { now: new Date(), covers: false });
  }, 120_000);
  afterAll(async () => {
    if (!source) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await source.drop();
    await target!.drop();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('copies a live database, and the copy restores whole', async ({ skip }) => {
    if (!source) return skip('PostgreSQL is not reachable');
    const db = getDb();
    const [articles, commentsBefore] = await Promise.all([db.article.count(), db.comment.count()]);
    const [article] = await db.article.findMany({ take: 1, select: { id: true } });
    // Readers keep commenting while the backup runs.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await db.comment.create({
          data: {
            articleId: article!.id,
            authorName: 'قارئ',
            authorEmail: `b${i}@example.com`,
            body: `تعليق أثناء النسخ ${i}`,
            ipHash: 'x',
            status: 'PENDING',
          },
        });
      }
    })();
    const file = await backup(source.url, outDir);
    writing = false;
    await writer;
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    restore(target!.url, file);

    process.env.DATABASE_URL = target!.url;
    const restored = getDb();
    expect(await restored.article.count()).toBe(articles);
    expect(await restored.comment.count()).toBeGreaterThanOrEqual(commentsBefore);
    expect(await restored.user.count()).toBeGreaterThan(0);
    await restored.$disconnect();
    process.env.DATABASE_URL = source.url;
  }, 120_000);
});
