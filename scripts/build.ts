// npm run build: `next build`, which prerenders pages from the database. A container image is
// built without one: then the pages are prerendered from an empty throw-away database instead,
// and the build says so (BUILT_WITHOUT_DATABASE), so that the server renders each page from the
// real database on its first request (lib/cache/built-without-database.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILT_WITHOUT_DATABASE } from '../lib/cache/built-without-database';
import { databaseUrl, providerOf, sqliteFilePath } from '../lib/db-url';
import { deployMigrations } from './db/migrate-engine';
import { loadDotEnv } from './lib/env';
import { bin, run } from './lib/run';

loadDotEnv();
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const url = databaseUrl();

/** Why the configured database cannot be prerendered from, or null when it can. */
async function unusable(): Promise<string | null> {
  // Opening a SQLite file that is not there would create it.
  if (providerOf(url) === 'sqlite' && !fs.existsSync(sqliteFilePath(url))) return `there is no SQLite file at ${sqliteFilePath(url)}`;
  try {
    const { getDb } = await import('../lib/db');
    return (await getDb().siteSettings.count()) ? null : 'the database has no site yet';
  } catch (e) {
    return (e as Error).message.split('\n')[0]!;
  }
}

const nextBuild = (env: NodeJS.ProcessEnv) => run(bin('next'), ['build'], { env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
const marker = path.join(distDir, BUILT_WITHOUT_DATABASE);
const reason = await unusable();
// Each `next build` empties the folder first, an earlier marker included.
if (!reason) {
  await nextBuild(process.env);
} else {
  console.log(`Building without a database (${reason}): pages are rendered from the database on their first request.`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-'));
  try {
    const empty = `file:${path.join(scratch, 'build.db')}`;
    await deployMigrations(empty);
    // The one row every page reads (what it says is never served); the build reads the same file.
    process.env.DATABASE_URL = empty;
    const { getDb } = await import('../lib/db');
    await getDb().siteSettings.create({ data: { id: 1, siteName: '-' } });
    await getDb().$disconnect();
    await nextBuild(process.env);
    fs.writeFileSync(marker, '');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
process.exit(0);
