// A container image is built without a database: `npm run build` must pass with none, and the
// server must then serve what the database holds, not the empty pages the build prerendered. Builds
// into .builds/no-database with a DATABASE_URL that names no file, then migrates and seeds that
// database and serves the build twice (the second start must not serve the build's pages either).
// Part of `npm test`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_WITHOUT_DATABASE } from '../lib/cache/built-without-database';
import { startServer } from './lib/next-server';
import { bin, run } from './lib/run';

const PORT = 3280;
const distDir = '.builds/no-database';
const dataDir = path.resolve('data/no-database');
fs.rmSync(dataDir, { recursive: true, force: true });
const env = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  DATABASE_URL: `file:${path.join(dataDir, 'portal.db')}`,
  SCHEDULER_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
};

const output = execFileSync(bin('tsx'), ['--conditions=react-server', 'scripts/build.ts'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
assert.match(output, /Building without a database \(there is no SQLite file at /, 'the build says it had no database');
assert.ok(!fs.existsSync(dataDir), 'the build created no database of its own');
const marker = path.join(distDir, BUILT_WITHOUT_DATABASE);
assert.ok(fs.existsSync(marker), `the build leaves ${marker}`);

// The deployment: the database comes later.
await run(bin('tsx'), ['scripts/db/migrate.ts'], { env });
await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts'], { env, stdio: 'ignore' });

async function servesTheDatabase(start: string) {
  const server = await startServer(PORT, env);
  try {
    const text = (pathname: string) => fetch(`${server.base}${pathname}`).then(async (r) => ({ status: r.status, body: await r.text() }));
    const home = await text('/');
    assert.equal(home.status, 200);
    assert.ok(/<title>أزغار اليوم/.test(home.body), `${start}: the home page has the site's name`);
    const article = /href="(\/news\/\d+\/[^"]+)"/.exec(home.body);
    assert.ok(article, `${start}: the home page lists the database's articles`);
    assert.equal((await text(article[1]!)).status, 200, `${start}: an article answers`);
    assert.equal((await text('/about')).status, 200, `${start}: a page the build found missing answers`);
    assert.ok((await text('/feed.xml')).body.includes('<item>'), `${start}: the feed has items`);
  } finally {
    await server.stop();
  }
}

await servesTheDatabase('first start');
const firstStart = fs.readFileSync(marker, 'utf8');
assert.match(firstStart, /^\d+$/, 'the first start records its time');
await servesTheDatabase('second start');
assert.equal(fs.readFileSync(marker, 'utf8'), firstStart, 'later starts keep the first start time');
console.log('✓ built without a database, then served the database on the first and the second start');
process.exit(0);
