// npm run db:seed                       demo portal on an empty database
// npm run db:seed -- --reset            wipe the content first (the demo is the same every time)
// npm run db:seed -- --if-empty         do nothing when the database already has a site (npm start)
// npm run db:seed -- --articles 100000 --comments 1000000   demo + generated articles for benchmarks
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedMarkerFile } from '../../scripts/lib/build-stamp';
import { getDb, type Db } from '@/lib/db';
import { databaseUrl } from '@/lib/db-url';
import { mediaDir, removeImage } from '@/lib/media/store';
import { seedDemo } from './demo';
import { seedScale } from './scale';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    'if-empty': { type: 'boolean', default: false },
    articles: { type: 'string' },
    comments: { type: 'string', default: '0' },
  },
});

async function wipe(db: Db) {
  const media = await db.media.findMany({ select: { key: true } });
  // Children before parents; the search index is outside Prisma's models.
  await db.$executeRawUnsafe('DELETE FROM "ArticleSearch"');
  for (const model of [
    'comment',
    'articleTag',
    'articleDailyReads',
    'articleRevision',
    'article',
    'media',
    'session',
    'auditLog',
    'user',
    'tag',
    'category',
    'page',
    'siteSettings',
    'rateLimit',
  ] as const) {
    await (db[model] as unknown as { deleteMany: () => Promise<unknown> }).deleteMany();
  }
  await Promise.all(media.map((m) => removeImage(m.key)));
}

const db = getDb();
const started = Date.now();
const hasSite = (await db.siteSettings.count()) > 0;

if (hasSite && values['if-empty']) {
  console.log('The database already has a site; not seeding.');
} else {
  if (hasSite) {
    if (!values.reset) {
      console.error('The database already has content. Run `npm run db:seed -- --reset` to replace it with the demo.');
      process.exit(1);
    }
    await wipe(db);
  }
  const demo = await seedDemo(db);
  fs.mkdirSync(path.dirname(seedMarkerFile()), { recursive: true });
  fs.writeFileSync(seedMarkerFile(), `${databaseUrl()} ${new Date().toISOString()}\n`);
  console.log(
    `Seeded ${demo.published} published demo articles into ${databaseUrl()} (media in ${mediaDir()}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  for (const a of demo.accounts) {
    console.log(
      `  ${a.role.padEnd(6)} ${a.email}  password: ${a.generated ? `${a.password}  (generated: note it now, it is not shown again)` : '(from the environment)'}`,
    );
  }
  if (values.articles) {
    const t = Date.now();
    const r = await seedScale(db, Number(values.articles), Number(values.comments));
    const s = (Date.now() - t) / 1000;
    console.log(`Generated ${r.articles} articles and ${r.comments} comments in ${s.toFixed(1)} s (${Math.round(r.articles / s)} articles/s).`);
  }
}
await db.$disconnect();
