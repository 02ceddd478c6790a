// npm run pg-outage-test: the production server on a PostgreSQL server of the test's own (a
// throwaway cluster on port 55432, so that the machine's PostgreSQL is never touched), which is
// stopped while readers keep coming. Pages already in the cache keep being served; the others
// answer a 503 page in Arabic with Retry-After; when PostgreSQL is back the site recovers by
// itself, and the recovery time is printed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSiteOfItsOwn } from './lib/measured-site';
import { startServer } from './lib/next-server';

const PG_PORT = Number(process.env.OUTAGE_PG_PORT ?? 55432);
const PORT = 3275;
const BIN = fs
  .readdirSync('/usr/lib/postgresql')
  .sort()
  .map((v) => `/usr/lib/postgresql/${v}/bin`)
  .pop();
if (!BIN || !fs.existsSync(`${BIN}/initdb`)) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql');

// initdb refuses to run as root: the cluster belongs to the postgres user then.
const asOwner = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
    : execFileSync(command, args, { stdio: 'pipe' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-outage-'));
if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
const dataDir = path.join(dir, 'cluster');
const pgCtl = (...args: string[]) => asOwner(`${BIN}/pg_ctl`, ['-D', dataDir, '-w', ...args]);
const startPostgres = () => pgCtl('-o', `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'log'), 'start');
const stopPostgres = () => pgCtl('-m', 'immediate', 'stop');

asOwner(`${BIN}/initdb`, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
startPostgres();
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  await prepareSiteOfItsOwn('outage', PORT, `postgresql://postgres@127.0.0.1:${PG_PORT}/postgres`);
  server = await startServer(PORT, process.env, 'inherit');
  const base = server.base;
  // A request left hanging counts as status 0 after 20 s.
  const get = async (p: string) => {
    try {
      const r = await fetch(base + p, { redirect: 'manual', signal: AbortSignal.timeout(20_000) });
      return { status: r.status, retryAfter: r.headers.get('retry-after'), cache: r.headers.get('x-nextjs-cache'), body: await r.text() };
    } catch {
      return { status: 0, retryAfter: null, cache: null, body: '' };
    }
  };

  // Read before the outage: these are in the cache. The others are not.
  const home = await get('/');
  const articles = [...new Set([...home.body.matchAll(/href="(\/news\/\d+\/[^"]+)"/g)].map((m) => m[1]!))];
  const cached = ['/', articles[0]!, '/category/economy'];
  for (const p of cached) for (let i = 0; i < 3 && (await get(p)).cache !== 'HIT'; i++) await new Promise((r) => setTimeout(r, 300));
  const sitemap = await get('/sitemaps/articles-1.xml');
  const tags = await get('/sitemaps/tags.xml');
  const locs = (xml: string, prefix: string) => [...xml.matchAll(new RegExp(`<loc>[^<]*?(/${prefix}/[^<]+)</loc>`, 'g'))].map((m) => m[1]!);
  // The build prerenders the newest articles; the oldest one nobody has asked for yet.
  const oldest = locs(sitemap.body, 'news').sort((a, b) => Number(a.split('/')[2]) - Number(b.split('/')[2]))[0]!;
  // Not in any cache: a search, the oldest article, a second page of a tag.
  const uncached = [`/search?q=${encodeURIComponent('السوق')}`, oldest, `${locs(tags.body, 'tag').pop()}/2`];

  stopPostgres();
  const during = [];
  for (const p of [...cached, ...uncached]) {
    const r = await get(p);
    during.push({
      path: decodeURI(p).slice(0, 50),
      status: r.status,
      'Retry-After': r.retryAfter ?? '',
      '503 page in Arabic': /الموقع في صيانة قصيرة/.test(r.body),
    });
  }
  console.log('\nPostgreSQL stopped:');
  console.table(during);

  startPostgres();
  const back = performance.now();
  let recovered = NaN;
  for (let i = 0; i < 240; i++) {
    if ((await get(uncached[0]!)).status === 200) {
      recovered = performance.now() - back;
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const after = await Promise.all(uncached.map(async (p) => (await get(p)).status));
  console.log(`\nPostgreSQL back: the site answered again after ${Math.round(recovered)} ms; uncached pages now ${after.join(', ')}`);

  const failures = [
    ...during
      .slice(0, cached.length)
      .filter((r) => r.status !== 200)
      .map((r) => `cached page ${r.path} answered ${r.status}`),
    ...during
      .slice(cached.length)
      .filter((r) => r.status !== 503 || !r['Retry-After'] || !r['503 page in Arabic'])
      .map((r) => `uncached page ${r.path} answered ${r.status} (Retry-After ${r['Retry-After'] || 'none'})`),
    ...(Number.isNaN(recovered) ? ['the site did not recover within 60 s'] : []),
    ...after.filter((s) => s !== 200 && s !== 404).map((s) => `after recovery a page answered ${s}`),
  ];
  if (failures.length) {
    console.error(`✖ ${failures.join('\n✖ ')}`);
    process.exitCode = 1;
  } else {
    console.log('✔ cached pages served throughout, the rest answered 503 with Retry-After, and the site recovered by itself');
  }
} finally {
  await server?.stop();
  try {
    stopPostgres();
  } catch {
    // already stopped
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
