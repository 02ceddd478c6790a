// npm run lighthouse: Lighthouse 12 (its default mobile profile: a mid-range phone on a slow 4G
// link, simulated) on the home and article pages of the measured site, with Debian's Chromium.
// Prints the four scores and the failing audits, and writes bench/results/lighthouse-<time>.json.
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import { launchChromium } from './lib/lighthouse-chromium';
import { firstArticlePath, startMeasuredSite } from './lib/measured-site';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The elements or URLs an audit blames, to say where to look. */
function culprits(details: unknown): string {
  const items = ((details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
  const names = items.map((item) => {
    const node = item.node as { selector?: string } | undefined;
    const source = item.sourceLocation as { url?: string } | undefined;
    return node?.selector ?? source?.url ?? (typeof item.url === 'string' ? item.url : '');
  });
  return names.some(Boolean) ? ` ← ${names.filter(Boolean).join(', ')}` : '';
}

const itemsOf = (audit: { details?: unknown } | undefined) => (audit?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
const ms = (n: unknown) => `${Math.round(Number(n))} ms`;

/** Where the page's main-thread time goes, from Lighthouse's trace: by kind of work, and by script. */
function whereTheMainThreadGoes(audits: Record<string, { details?: unknown }>) {
  const work = itemsOf(audits['mainthread-work-breakdown'])
    .slice(0, 5)
    .map((i) => `${String(i.groupLabel)} ${ms(i.duration)}`);
  const scripts = itemsOf(audits['bootup-time'])
    .slice(0, 4)
    .map((i) => `${new URL(String(i.url), 'http://x').pathname.split('/').pop()} ${ms(i.scripting)} of ${ms(i.total)}`);
  const longTasks = itemsOf(audits['long-tasks'])
    .slice(0, 6)
    .map((i) => `${new URL(String(i.url), 'http://x').pathname.split('/').pop() || 'page'} ${ms(i.duration)} at ${ms(i.startTime)}`);
  return { work: work.join(', '), scripts: scripts.join(', '), longTasks: longTasks.join(', ') };
}

/** The largest paint: which element, and where its time went (server, waiting to load, loading, rendering). */
function largestPaint(audits: Record<string, { details?: unknown }>): string {
  const [element, phases] = itemsOf(audits['largest-contentful-paint-element']) as { items?: Record<string, unknown>[] }[];
  const node = element?.items?.[0]?.node as { selector?: string; nodeLabel?: string } | undefined;
  const timings = (phases?.items ?? []).map((p) => `${String(p.phase)} ${ms(p.timing)}`).join(', ');
  return node ? `${node.selector ?? ''} «${(node.nodeLabel ?? '').slice(0, 40)}»: ${timings}` : 'n/a';
}

const server = await startMeasuredSite();
const chrome = await launchChromium();
const results: Record<string, unknown>[] = [];
try {
  const pages = [
    ['home', '/'],
    ['article', await firstArticlePath(server.base)],
  ] as const;
  // One unmeasured visit each, so that the cache holds every page before Lighthouse loads it.
  for (const [, path] of pages) await fetch(server.base + path);
  const rows = [];
  for (const [name, path] of pages) {
    const result = await lighthouse(server.base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    // A run that failed (the page did not load in time, the trace broke) has no score, not a 0.
    if (lhr.runtimeError) {
      console.error(`\n${name}: Lighthouse could not measure the page: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      process.exitCode = 1;
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? 'error' : Math.round(lhr.categories[c]!.score! * 100)]));
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? 'n/a';
    rows.push({ page: name, ...scores, LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift') });
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map(
          (ref) =>
            `${category.id}: ${lhr.audits[ref.id]!.title} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})${culprits(lhr.audits[ref.id]!.details)}`,
        ),
    );
    const mainThread = whereTheMainThreadGoes(lhr.audits);
    const lcp = largestPaint(lhr.audits);
    console.log(
      `\n${name}: main thread (from the trace, simulated phone CPU): ${mainThread.work}\n  scripts: ${mainThread.scripts}\n  long tasks: ${mainThread.longTasks}`,
    );
    console.log(`${name}: largest paint ${lcp}`);
    console.log(`${name}: this machine's CPU benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`);
    results.push({
      page: name,
      path,
      scores,
      failing,
      mainThread,
      largestPaint: lcp,
      lighthouse: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      // Lighthouse's own measure of this machine's CPU at the time (higher is faster): simulated
      // timings scale with it, so scores from two machines compare only beside it.
      benchmarkIndex: lhr.environment.benchmarkIndex,
    });
    if (failing.length) console.log(`\n${name}: below full marks on\n  ${failing.join('\n  ')}`);
  }
  console.log(`\nLighthouse ${results.length ? (results[0] as { lighthouse: string }).lighthouse : ''}, mobile profile`);
  console.table(rows);
} finally {
  chrome.kill();
  await server.stop();
}
fs.mkdirSync('bench/results', { recursive: true });
const out = `bench/results/lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
console.log(`wrote ${out}`);
