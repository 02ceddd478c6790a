// npm run lighthouse:ab -- <git revision> [--rounds 3]: this checkout against an earlier revision,
// Lighthouse's mobile performance on home and article, in turns. One machine's scores drift by
// ten points within an hour (CPU, other jobs); measuring both sides in alternating order in the
// same minutes leaves that drift to both. The revision is checked out in .builds/ab/<rev> (a git
// worktree sharing this checkout's installed packages by hard links), built and served as its own
// measured site on MEASURED_PORT + 1. Writes bench/results/lighthouse-ab-<time>.json.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../bench/measure';
import { launchChromium } from './lib/lighthouse-chromium';
import { firstArticlePath, MEASURED_PORT, startMeasuredSite } from './lib/measured-site';
import { waitForServer } from './lib/next-server';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '3' } } });
const revision = positionals[0];
if (!revision) throw new Error('usage: npm run lighthouse:ab -- <git revision> [--rounds 3]');
const ROUNDS = Number(values.rounds);
const sha = execFileSync('git', ['rev-parse', '--short', revision], { encoding: 'utf8' }).trim();

// The earlier revision, with this checkout's packages and the files its install generated.
const tree = `.builds/ab/${sha}`;
if (!fs.existsSync(tree)) {
  execFileSync('git', ['worktree', 'add', '--force', '--detach', tree, sha], { stdio: 'inherit' });
  execFileSync('cp', ['-al', 'node_modules', `${tree}/node_modules`]);
  for (const generated of ['.fonts', 'lib/generated']) if (fs.existsSync(generated)) fs.cpSync(generated, `${tree}/${generated}`, { recursive: true });
}
const OLD_PORT = MEASURED_PORT + 1;
const old = spawn(
  'node_modules/.bin/tsx',
  ['-e', "import('./scripts/lib/measured-site.ts').then((m) => m.startMeasuredSite()).then(() => console.log('[ab] ready'))"],
  // Its own process group: stopping it stops the server it started too.
  { cwd: tree, env: { ...process.env, MEASURED_PORT: String(OLD_PORT) }, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
);
type Run = { side: string; page: string; round: number; performance: number; tbtMs: number; lcpMs: number };
const runs: Run[] = [];
let current: Awaited<ReturnType<typeof startMeasuredSite>> | undefined;
let chrome: LaunchedChrome | undefined;
try {
  // One build at a time: the earlier revision's first.
  await waitForServer(`http://127.0.0.1:${OLD_PORT}/robots.txt`, 15 * 60_000);
  current = await startMeasuredSite();
  chrome = await launchChromium();
  const sides = [
    { side: 'this checkout', base: current.base },
    { side: sha, base: `http://127.0.0.1:${OLD_PORT}` },
  ];
  const pages = await Promise.all(sides.map(async ({ base }) => ({ home: `${base}/`, article: base + (await firstArticlePath(base)) })));
  for (const url of pages.flatMap(Object.values)) await fetch(url); // the page stores hold every page first
  for (let round = 1; round <= ROUNDS; round++) {
    for (const page of ['home', 'article'] as const) {
      // Alternating which side goes first, so neither always meets the warmer machine.
      const order = round % 2 ? [0, 1] : [1, 0];
      for (const i of order) {
        const url = pages[i]![page];
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const run = {
          side: sides[i]!.side,
          page,
          round,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        };
        runs.push(run);
        console.log(`round ${round} ${page} ${run.side}: ${run.performance} (TBT ${run.tbtMs} ms, LCP ${run.lcpMs} ms)`);
      }
    }
  }
} finally {
  chrome?.kill();
  await current?.stop();
  process.kill(-old.pid!, 'SIGTERM');
}

const summary = ['this checkout', sha].flatMap((side) =>
  (['home', 'article'] as const).map((page) => {
    const mine = runs.filter((r) => r.side === side && r.page === page);
    return {
      side,
      page,
      performance: mine.map((r) => r.performance).join(' / '),
      'median perf': median(mine.map((r) => r.performance)),
      'median TBT (ms)': median(mine.map((r) => r.tbtMs)),
      'median LCP (ms)': median(mine.map((r) => r.lcpMs)),
    };
  }),
);
console.table(summary);
fs.mkdirSync('bench/results', { recursive: true });
const out = `bench/results/lighthouse-ab-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), against: sha, runs, summary }, null, 2));
console.log(`wrote ${out} (remove the earlier checkout with: git worktree remove --force ${tree})`);
