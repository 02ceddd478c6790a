// npm run crash-test [-- --posts 200]: readers post comments all at once, and the server is
// killed (SIGKILL, no chance to clean up) when half of them have been answered. After it: every
// comment that got a success answer is in the database, SQLite's integrity check passes, the
// database is still in WAL mode, and the server starts again and serves. Runs on a copy of the
// measured site's database (scripts/lib/measured-site.ts); part of `npm test`.
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { copyMeasuredDatabase, prepareMeasuredSite, MEASURED_PORT } from './lib/measured-site';
import { spawnServer, waitForServer, startServer } from './lib/next-server';
import { actionId, actionRequest } from './lib/server-action';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '200' } } });
const POSTS = Number(values.posts);
const PORT = MEASURED_PORT + 1;
const base = `http://127.0.0.1:${PORT}`;
const DB_FILE = 'data/crash/portal.db';

const distDir = await prepareMeasuredSite();
const databaseUrl = await copyMeasuredDatabase('data/crash');

const env = { ...process.env, DATABASE_URL: databaseUrl, TRUSTED_PROXIES: '2', SCHEDULER_DISABLED: '1' };
const server = spawnServer(PORT, env, ['ignore', 'ignore', 'inherit']);
await waitForServer(`${base}/robots.txt`);

const home = await (await fetch(`${base}/`)).text();
const article = /href="(\/news\/(\d+)\/[^"]+)"/.exec(home);
if (!article) throw new Error('the home page lists no article');
const postComment = actionId(distDir, 'lib/actions/comments.ts', 'postComment');
const run = Date.now().toString(36);
const bodyOf = (i: number) => `تعليق اختبار الانقطاع ${run} رقم ${i}: الكهرباء عادت إلى الحي بعد ساعتين من الانقطاع.`;

const requests = await Promise.all(
  Array.from({ length: POSTS }, (_, i) =>
    actionRequest(
      postComment,
      {
        articleId: article[2]!,
        parentId: '',
        name: `قارئ ${i}`,
        email: `crash-${run}-${i}@example.com`,
        website: '',
        body: bodyOf(i),
        company: '',
        startedAt: String(Date.now() - 60_000),
      },
      base,
      // Each from its own address, so that flood control lets every one through.
      { 'X-Forwarded-For': `172.16.${i >> 8}.${i & 255}` },
    ),
  ),
);

let answered = 0;
const acknowledged = new Set<number>();
let killedAt = 0;
const started = performance.now();
await Promise.all(
  requests.map(async (init, i) => {
    try {
      const response = await fetch(`${base}${article[1]}`, init);
      const text = await response.text();
      if (response.ok && /"status":"(pending|approved)"/.test(text)) acknowledged.add(i);
    } catch {
      // The connection died with the server: no answer, no promise made.
    }
    if (++answered === Math.floor(POSTS / 2) && !killedAt) {
      server.kill('SIGKILL');
      killedAt = performance.now() - started;
    }
  }),
);
await new Promise((resolve) => (server.exitCode !== null || server.signalCode ? resolve(null) : server.once('exit', resolve)));

const db = new Database(DB_FILE);
const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join(', ');
const journal = db.pragma('journal_mode', { simple: true }) as string;
const stored = new Set(
  (db.prepare('SELECT body FROM Comment WHERE body LIKE ?').all(`تعليق اختبار الانقطاع ${run} %`) as { body: string }[]).map((r) => r.body),
);
db.close();
const lost = [...acknowledged].filter((i) => !stored.has(bodyOf(i)));

const restarted = await startServer(PORT, env);
const recovered = (await fetch(`${restarted.base}${article[1]}`)).ok;
await restarted.stop();

console.table({
  'comments posted at once': POSTS,
  'answered with success before the kill': acknowledged.size,
  'killed after (ms)': Math.round(killedAt),
  'found in the database after the kill': stored.size,
  'acknowledged but missing': lost.length,
  integrity_check: integrity,
  journal_mode: journal,
  'serves again after restart': recovered,
});
const failures = [
  ...(acknowledged.size === 0 ? ['no post was acknowledged before the kill: the test proved nothing'] : []),
  ...(lost.length ? [`${lost.length} acknowledged comments were lost`] : []),
  ...(integrity !== 'ok' ? [`integrity_check: ${integrity}`] : []),
  ...(journal !== 'wal' ? [`journal_mode is ${journal}, not wal`] : []),
  ...(recovered ? [] : ['the server did not serve after the restart']),
];
if (failures.length) {
  console.error(`✖ crash test failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('✔ nothing acknowledged was lost; the database is intact and in WAL mode');
