// npm run bench [-- --sizes 1000,100000 --seconds 10 --connections 50 --edge-rounds 5 --rebuild]
// For each size: a SQLite database with that many articles (the demo plus generated ones), a
// production build against it (timed, with its peak memory, when it is built), the production
// server, then sequential timings (cached and first renders) and load at 50 connections for the
// public pages, as a browser asks for them (Accept-Encoding: gzip, br, and the cookie a reader who
// commented has); then, in the same run, the same pages through Varnish in front of the app and
// the same HTML served as static files by nginx, taken in turns (`edge-rounds` rounds of each,
// their order swapped every round) with the median of each round's ratio and what each server spent
// a request (CPU time, context switches): on a small machine wrk,
// Varnish and nginx share the cores and one run's ratio swings by ±15 points. The server's memory is sampled
// throughout. Load is made with wrk (apt-get install wrk), else autocannon. Prints tables and
// writes bench/results/<time>.json. BENCH_PORT (3250) and the three ports after it are used.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { bin, run } from '../scripts/lib/run';
import { buildStamp, isBuildCurrent, recordBuild } from '../scripts/lib/build-stamp';
import { load as autocannonLoad, median, residentBytes, sequentialP50, type LoadResult } from './measure';
import { nginxInstalled, startStaticNginx } from './nginx';
import { costPerRequest, type CostPerRequest } from './process-cost';
import { startStaticServer } from './static-server';
import { wrkInstalled, wrkLoad } from './wrk';
import { startServer } from '../scripts/lib/next-server';
import { startVarnish, varnishInstalled } from '../scripts/lib/varnish';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'edge-rounds': { type: 'string', default: '5' },
    rebuild: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const edgeRounds = Number(values['edge-rounds']);
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const STATIC_PORT = PORT + 1;
const EDGE_PORT = PORT + 2;
const NGINX_PORT = PORT + 3;
/** What a browser sends: both encodings, and the cookie of a reader who has commented. */
const READER = { 'accept-encoding': 'gzip, br', cookie: 'my_comments=1.bench' };
const useWrk = wrkInstalled();
if (!useWrk) console.warn('wrk is not installed (apt-get install wrk): load by autocannon, which cannot load Varnish or nginx fully.');
const load = (url: string, c: number, s: number) => (useWrk ? wrkLoad(url, c, s, READER) : autocannonLoad(url, c, s, READER));
const sequential = (urls: string[], rounds?: number) => sequentialP50(urls, rounds, READER);
const DEMO_ARTICLES = 88;
/**
 * Unmeasured load before each measured window: a server that has just started still compiles its
 * hot paths (on a slow machine the first seconds' p99 was 325 ms against 55 ms after), and a
 * portal's server runs for days.
 */
const WARM_UP_SECONDS = 3;
const base = `http://127.0.0.1:${PORT}`;

function envFor(size: number) {
  return {
    ...process.env,
    DATABASE_URL: `file:./data/bench/${size}.db`,
    MEDIA_DIR: 'data/bench/media',
    DATA_DIR: `data/bench/${size}`,
    NEXT_DIST_DIR: '.builds/bench',
    NEXT_TELEMETRY_DISABLED: '1',
    ADMIN_PASSWORD: 'bench-admin-password',
    EDITOR_PASSWORD: 'bench-editor-password',
  };
}

async function prepare(size: number) {
  const env = envFor(size);
  // The build stamp reads the data folder and the site address from this process's environment.
  Object.assign(process.env, env);
  const file = `data/bench/${size}.db`;
  let count = 0;
  if (fs.existsSync(file)) {
    const db = new Database(file, { readonly: true });
    count = (db.prepare("SELECT COUNT(*) AS n FROM Article WHERE status = 'PUBLISHED'").get() as { n: number }).n;
    db.close();
  }
  if (count < size) {
    console.log(`Seeding ${size} articles into ${file} …`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    await run(bin('tsx'), ['scripts/db/migrate.ts'], { env });
    const started = Date.now();
    await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts', '--articles', String(size - DEMO_ARTICLES), '--comments', String(size * 10)], {
      env,
    });
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await run(bin('tsx'), ['scripts/db/migrate.ts'], { env });
  return timedBuild(env);
}

/** Builds when the build is stale (or --rebuild), under /usr/bin/time: seconds and peak memory. */
async function timedBuild(env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRssMiB: number } | null> {
  const stamp = buildStamp(env.DATABASE_URL!);
  if (!values.rebuild && isBuildCurrent(env.NEXT_DIST_DIR!, stamp)) return null;
  const timeFile = `${env.DATA_DIR}/build-time.txt`;
  const timed = fs.existsSync('/usr/bin/time');
  const started = Date.now();
  await run(timed ? '/usr/bin/time' : bin('next'), timed ? ['-f', '%e %M', '-o', timeFile, bin('next'), 'build'] : ['build'], { env });
  recordBuild(env.NEXT_DIST_DIR!, stamp);
  const [seconds, kib] = timed ? fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [(Date.now() - started) / 1000, NaN];
  return { seconds: seconds!, peakRssMiB: Math.round(kib! / 1024) };
}

function samples(size: number) {
  const db = new Database(`data/bench/${size}.db`, { readonly: true });
  const articles = db.prepare("SELECT id, slug FROM Article WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 60").all() as { id: number; slug: string }[];
  const tag = db.prepare('SELECT slug FROM Tag LIMIT 1').get() as { slug: string };
  db.close();
  const path = (a: { id: number; slug: string }) => `/news/${a.id}/${encodeURIComponent(a.slug)}`;
  return { articles: articles.map(path), tag: `/tag/${encodeURIComponent(tag.slug)}` };
}

interface Row {
  page: string;
  path: string;
  sequentialP50: number;
  load: LoadResult | null;
}

const QUERIES = [
  'الماء',
  'المدرسة',
  'أزغار',
  'الفلاحة',
  'كرة القدم',
  'السياحة',
  'الطاقة',
  'الأسعار',
  'الشباب',
  'المهرجان',
  'الصحة',
  'النقل',
  'الجفاف',
  'التراث',
  'البرلمان',
  'الاستثمار',
  'البيئة',
  'الرقمنة',
  'السكن',
  'الطقس',
];

const results: Record<string, unknown>[] = [];
for (const size of sizes) {
  const build = await prepare(size);
  const env = envFor(size);
  const server = await startServer(PORT, env);
  const pid = server.process.pid!;
  let rssPeak = 0;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, residentBytes(pid))), 500);
  try {
    const { articles, tag } = samples(size);
    const pages: [string, string][] = [
      ['home', '/'],
      ['article', articles[0]!],
      ['category', '/category/local'],
      ['tag', tag],
      ['search', `/search?q=${encodeURIComponent('الماء')}`],
      ['rss', '/feed.xml'],
      ['sitemap', '/sitemap.xml'],
    ];
    // First renders: articles and queries nobody asked for yet.
    const firstArticle = await sequential(articles.slice(20, 60).map((p) => base + p));
    const firstSearch = await sequential(QUERIES.map((q) => `${base}/search?q=${encodeURIComponent(q)}&page=2`));
    const rows: Row[] = [];
    const rssBefore = residentBytes(pid);
    rssPeak = rssBefore;
    for (const [page, path] of pages) {
      const probe = await fetch(base + path);
      if (!probe.ok) {
        rows.push({ page, path, sequentialP50: NaN, load: null });
        continue;
      }
      await sequential([base + path], 5); // warm
      const sequentialP50 = await sequential([base + path], 100);
      await load(base + path, connections, WARM_UP_SECONDS);
      rows.push({ page, path, sequentialP50, load: await load(base + path, connections, seconds) });
    }
    const html = await (await fetch(base + articles[0]!)).text();
    const baseline = await startStaticServer(html, STATIC_PORT);
    await load(`http://127.0.0.1:${STATIC_PORT}/`, connections, WARM_UP_SECONDS);
    const staticLoad = await load(`http://127.0.0.1:${STATIC_PORT}/`, connections, seconds);
    const staticSeq = await sequential([`http://127.0.0.1:${STATIC_PORT}/`], 100);
    baseline.close();
    const rssAfter = residentBytes(pid);
    const article = rows.find((r) => r.page === 'article')!.load!;
    const edge = await edgeRows(base, { home: '/', article: articles[0]!, search: pages.find(([p]) => p === 'search')![1] }, rows);

    console.log(`\n${size} articles (${os.cpus().length} cores, ${connections} connections, ${seconds} s per page)`);
    console.table(
      [...rows, { page: 'static baseline', path: '(article HTML from memory)', sequentialP50: staticSeq, load: staticLoad }].map((r) => ({
        page: r.page,
        'p50 one at a time (ms)': r.sequentialP50,
        'req/s': r.load?.rps ?? 'n/a',
        'p50 (ms)': r.load?.p50 ?? 'n/a',
        'p99 (ms)': r.load?.p99 ?? 'n/a',
        errors: r.load?.errors ?? 'n/a',
      })),
    );
    console.log(`first render p50: article ${firstArticle} ms, search ${firstSearch} ms`);
    console.log(`article / static baseline: ${(article.rps / staticLoad.rps).toFixed(2)} of the requests per second`);
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    console.log(`server RSS: ${mib(rssBefore)} MiB before load, ${mib(rssPeak)} MiB at most under load, ${mib(rssAfter)} MiB after`);
    if (build) console.log(`build: ${build.seconds.toFixed(0)} s, peak memory ${build.peakRssMiB} MiB`);
    results.push({
      size,
      connections,
      seconds,
      tool: useWrk ? 'wrk' : 'autocannon',
      requestHeaders: READER,
      build,
      rows,
      staticBaseline: { sequentialP50: staticSeq, load: staticLoad },
      edge,
      firstRender: { article: firstArticle, search: firstSearch },
      ratioArticleToStatic: article.rps / staticLoad.rps,
      rss: { before: rssBefore, peak: rssPeak, after: rssAfter },
    });
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}
/**
 * The same pages through Varnish in front of the app (edge/varnish.vcl) and, as the ceiling, their
 * HTML served as files by nginx; all in this run, with the ratios the goals are set in.
 */
async function edgeRows(app: string, paths: { home: string; article: string; search: string }, appRows: Row[]) {
  if (!varnishInstalled() || !nginxInstalled() || !useWrk) {
    console.warn('Varnish, nginx or wrk is missing (apt-get install -y varnish varnish-modules nginx-light wrk): no edge rows.');
    return null;
  }
  const varnish = await startVarnish({ port: EDGE_PORT, listen: '127.0.0.1', appPort: PORT, workDir: 'data/bench/varnish', stdio: 'ignore' });
  const identity = async (path: string) => Buffer.from(await (await fetch(app + path, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
  const nginx = await startStaticNginx({ home: await identity(paths.home), article: await identity(paths.article) }, NGINX_PORT, 'data/bench/nginx');
  const out: Record<string, { through: string; load: EdgeLoad }[]> = {};
  const rounds: Record<string, { varnish: EdgeLoad; nginx: EdgeLoad }[]> = { home: [], article: [] };
  /** A load run with what the server (its processes and threads) spent a request. */
  const measured = async (pid: number, url: string): Promise<EdgeLoad> => {
    const { result, cost } = await costPerRequest(
      pid,
      () => load(url, connections, seconds),
      (l) => l.rps * seconds,
    );
    return { ...result, ...cost };
  };
  try {
    for (const [page, path] of Object.entries(paths)) {
      await sequential([varnish.base + path], 3); // into the cache
      const throughVarnish = () => measured(varnish.process.pid!, varnish.base + path);
      if (page === 'search') {
        out[page] = [{ through: 'varnish', load: await throughVarnish() }];
        continue;
      }
      const fromNginx = () => measured(nginx.pid, `http://127.0.0.1:${NGINX_PORT}/${page}/`);
      for (let round = 0; round < edgeRounds; round++) {
        if (round % 2 === 0) {
          const varnishLoad = await throughVarnish();
          rounds[page]!.push({ varnish: varnishLoad, nginx: await fromNginx() });
        } else {
          const nginxLoad = await fromNginx();
          rounds[page]!.push({ varnish: await throughVarnish(), nginx: nginxLoad });
        }
      }
      out[page] = [
        { through: `varnish (median of ${edgeRounds})`, load: medianLoad(rounds[page]!.map((r) => r.varnish)) },
        { through: `nginx, static copy (median of ${edgeRounds})`, load: medianLoad(rounds[page]!.map((r) => r.nginx)) },
      ];
    }
  } finally {
    await nginx.stop();
    await varnish.stop();
  }
  const appLoad = (page: string) => appRows.find((r) => r.page === page)?.load;
  console.table(
    Object.entries(out).flatMap(([page, list]) => [
      { page, through: 'app', 'req/s': appLoad(page)?.rps, 'p50 (ms)': appLoad(page)?.p50, 'p99 (ms)': appLoad(page)?.p99, errors: appLoad(page)?.errors },
      ...list.map((r) => ({
        page,
        through: r.through,
        'req/s': r.load.rps,
        'p50 (ms)': r.load.p50,
        'p99 (ms)': r.load.p99,
        errors: r.load.errors,
        'CPU µs/req': r.load.cpuUs,
        'switches/req': r.load.switches,
      })),
    ]),
  );
  const ratios: Record<string, { varnishToNginx: number; varnishToNginxByRound: number[]; appToNginx: number }> = {};
  for (const page of ['home', 'article']) {
    const byRound = rounds[page]!.map((r) => r.varnish.rps / r.nginx.rps);
    const [viaVarnish, fromNginx] = out[page]!.map((r) => r.load) as [EdgeLoad, EdgeLoad];
    ratios[page] = { varnishToNginx: median(byRound), varnishToNginxByRound: byRound, appToNginx: (appLoad(page)?.rps ?? NaN) / fromNginx.rps };
    const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
    console.log(
      `${page}: Varnish ${percent(ratios[page].varnishToNginx)} of nginx (median; rounds ${byRound.map(percent).join(', ')}), the app alone ${percent(ratios[page].appToNginx)}`,
    );
    console.log(
      `  a request cost Varnish ${viaVarnish.cpuUs} µs of CPU and ${viaVarnish.switches} context switches, nginx ${fromNginx.cpuUs} µs and ${fromNginx.switches} (wrk shares the same cores)`,
    );
  }
  return { rows: out, ratios };
}

type EdgeLoad = LoadResult & CostPerRequest;

/** The median of each figure across rounds. */
function medianLoad(loads: EdgeLoad[]): EdgeLoad {
  return {
    rps: Math.round(median(loads.map((l) => l.rps))),
    p50: median(loads.map((l) => l.p50)),
    p99: median(loads.map((l) => l.p99)),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
    cpuUs: median(loads.map((l) => l.cpuUs)),
    switches: median(loads.map((l) => l.switches)),
  };
}

const out = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2));
console.log(`\nwrote ${out}`);
