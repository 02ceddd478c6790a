// npm run loadtest [-- --seconds 300 --connections 100 --posts-per-second 5]: a breaking-news
// spike. Readers hold `connections` connections open on the public pages (home, articles,
// archives, the feeds and the sitemap) while commenters post `posts-per-second` comments, each
// from its own address and email. Fails on any error answer, on an error line in the server's
// log, on an acknowledged comment missing from the database, or when the server's resident
// memory grows by 10% or more after the warm-up (two minutes by default: V8 sizes its heap to the
// load over the first one or two, which is not a leak; a leak goes on growing through the last
// three), or when it goes over `rss-ceiling` MiB at any moment (300). Prints p99 and memory.
// Runs the production server on a copy of the measured site's database (scripts/lib/measured-site.ts).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { median, residentBytes } from '../bench/measure';
import Database from 'better-sqlite3';
import { copyMeasuredDatabase, prepareMeasuredSite, MEASURED_PORT } from './lib/measured-site';
import { spawnServer, waitForServer } from './lib/next-server';
import { actionId, actionRequest } from './lib/server-action';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    connections: { type: 'string', default: '100' },
    'posts-per-second': { type: 'string', default: '5' },
    'warm-up': { type: 'string' },
    'rss-ceiling': { type: 'string', default: '300' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const POSTS_PER_SECOND = Number(values['posts-per-second']);
const RSS_CEILING_MIB = Number(values['rss-ceiling']);
const WARM_UP = Number(values['warm-up'] ?? Math.min(120, Math.round(SECONDS * 0.4)));
const PORT = MEASURED_PORT + 2;
const base = `http://127.0.0.1:${PORT}`;
const LOG = 'data/load/server.log';

const distDir = await prepareMeasuredSite();
const databaseUrl = await copyMeasuredDatabase('data/load');
const server = spawnServer(
  PORT,
  { ...process.env, DATABASE_URL: databaseUrl, TRUSTED_PROXIES: '2', LOG_SLOW_MS: process.env.LOG_SLOW_MS ?? '2000', MEMORY_LOG_MS: '10000' },
  ['ignore', 'pipe', 'pipe'],
);
const log = fs.createWriteStream(LOG);
server.stdout!.pipe(log);
server.stderr!.pipe(log);
await waitForServer(`${base}/robots.txt`);

// What readers open: every page the home page links to, plus the feeds and the sitemap.
const home = await (await fetch(`${base}/`)).text();
// Percent-encoded as a browser sends them (links write Arabic slugs as letters).
const linked = [...new Set([...home.matchAll(/href="(\/(?:news|category|tag|author)\/[^"#?]+)"/g)].map((m) => new URL(m[1]!, base).pathname))];
const articles = linked.filter((p) => p.startsWith('/news/'));
const paths = ['/', ...linked, '/feed.xml', '/sitemap.xml', '/sitemaps/articles-1.xml', '/fr', '/en'];
for (const p of paths) {
  const r = await fetch(base + p, { redirect: 'manual' });
  if (r.status !== 200) throw new Error(`${p} answers ${r.status} before the load: fix the page list`);
}
console.log(`${paths.length} public pages (${articles.length} articles), ${CONNECTIONS} connections, ${POSTS_PER_SECOND} comments/s, ${SECONDS} s`);

// Resident memory, sampled every second.
const rssMiB = () => residentBytes(server.pid!) / 2 ** 20;
const memory: { at: number; mib: number }[] = [];
const started = performance.now();
const sampler = setInterval(() => memory.push({ at: (performance.now() - started) / 1000, mib: rssMiB() }), 1000);

// Commenters: one post every 1/POSTS_PER_SECOND s, spread over the articles.
const postComment = actionId(distDir, 'lib/actions/comments.ts', 'postComment');
const run = Date.now().toString(36);
const bodyOf = (i: number) => `تعليق اختبار الضغط ${run} رقم ${i}: ازدحام كبير عند مدخل المدينة هذا الصباح.`;
const posts = { sent: 0, acknowledged: new Set<number>(), failed: [] as string[], times: [] as number[] };
const pending = new Set<Promise<void>>();
const poster = setInterval(() => {
  const i = posts.sent++;
  const article = articles[i % articles.length]!;
  const id = /\/news\/(\d+)\//.exec(article)![1]!;
  const task = (async () => {
    const t = performance.now();
    try {
      const init = await actionRequest(
        postComment,
        {
          articleId: id,
          parentId: '',
          name: `قارئ ${i}`,
          email: `load-${run}-${i}@example.com`,
          website: '',
          body: bodyOf(i),
          company: '',
          startedAt: String(Date.now() - 60_000),
        },
        base,
        { 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      );
      const response = await fetch(base + article, init);
      const text = await response.text();
      if (response.ok && /"status":"(pending|approved)"/.test(text)) posts.acknowledged.add(i);
      else posts.failed.push(`post ${i}: ${response.status} ${text.slice(0, 120)}`);
    } catch (e) {
      posts.failed.push(`post ${i}: ${(e as Error).message}`);
    }
    posts.times.push(performance.now() - t);
  })();
  pending.add(task);
  void task.finally(() => pending.delete(task));
}, 1000 / POSTS_PER_SECOND);

const readers = await autocannon({
  url: base,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: paths.map((path) => ({ method: 'GET', path })),
  // Its own thread, so that the commenters' timings are not this thread's queue.
  workers: 1,
});
clearInterval(poster);
await Promise.all(pending);
clearInterval(sampler);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
log.end();

const db = new Database(databaseUrl.replace(/^file:/, ''), { readonly: true });
const stored = new Set((db.prepare('SELECT body FROM Comment WHERE body LIKE ?').all(`تعليق اختبار الضغط ${run} %`) as { body: string }[]).map((r) => r.body));
db.close();
const lost = [...posts.acknowledged].filter((i) => !stored.has(bodyOf(i)));

const rssBetween = (from: number, to: number) => median(memory.filter((m) => m.at >= from && m.at < to).map((m) => m.mib));
const afterWarmUp = rssBetween(WARM_UP, WARM_UP + 15);
const atEnd = rssBetween(SECONDS - 15, SECONDS + 1);
const growth = (atEnd - afterWarmUp) / afterWarmUp;
const peak = Math.max(...memory.map((m) => m.mib));
const postTimes = [...posts.times].sort((a, b) => a - b);
const logLines = fs.readFileSync(LOG, 'utf8').split('\n');
const serverErrors = logLines.filter((l) => /error|unhandled|⨯/i.test(l) && !l.startsWith('[slow]'));
const slow = logLines.filter((l) => l.startsWith('[slow]'));

console.table({
  'reader requests': readers.requests.total,
  'requests/s (mean)': Math.round(readers.requests.average),
  'latency p50 (ms)': readers.latency.p50,
  'latency p99 (ms)': readers.latency.p99,
  'latency max (ms)': readers.latency.max,
  'errors / non-2xx': `${readers.errors} / ${readers.non2xx}`,
  'comments posted': posts.sent,
  'comments acknowledged': posts.acknowledged.size,
  'comments found in the database': stored.size,
  'comment post p50 / p99 (ms)': `${Math.round(postTimes[Math.floor(postTimes.length / 2)] ?? NaN)} / ${Math.round(postTimes[Math.floor(postTimes.length * 0.99)] ?? NaN)}`,
  [`RSS after ${WARM_UP} s warm-up (MiB)`]: Math.round(afterWarmUp),
  'RSS at the end (MiB)': Math.round(atEnd),
  'RSS growth after warm-up': `${(growth * 100).toFixed(1)}%`,
  'RSS peak (MiB)': Math.round(peak),
  'error lines in the server log': serverErrors.length,
  'requests over 2 s (server log)': slow.length,
});
if (slow.length) console.log(slow.slice(0, 10).join('\n'));
const failures = [
  ...(readers.errors || readers.non2xx ? [`${readers.errors} connection errors and ${readers.non2xx} non-2xx answers to readers`] : []),
  ...posts.failed.slice(0, 5),
  ...(posts.failed.length > 5 ? [`… ${posts.failed.length} comment posts failed in all`] : []),
  ...(lost.length ? [`${lost.length} acknowledged comments are not in the database`] : []),
  ...(growth >= 0.1 ? [`resident memory grew by ${(growth * 100).toFixed(1)}% after the warm-up`] : []),
  ...(peak > RSS_CEILING_MIB ? [`resident memory reached ${Math.round(peak)} MiB, over the ${RSS_CEILING_MIB} MiB ceiling`] : []),
  ...serverErrors.slice(0, 5).map((l) => `server log: ${l.slice(0, 200)}`),
];
if (failures.length) {
  console.error(`✖ load test failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ no errors, every acknowledged comment stored, memory steady after the warm-up and under ${RSS_CEILING_MIB} MiB`);
