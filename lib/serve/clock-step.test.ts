// A step of the system clock while the server runs (a virtual machine resumed and set to the
// right time) must not keep a replaced page: freshness is reckoned on Next's monotonic clock.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expireTagsNow } from '@/lib/cache/expire-now';
import { nextClock, nextTags } from '@/lib/next-internals.mjs';
import { createPageServer } from './page-server';
import { clockLead, watchClock } from './clock-watch';

const require = createRequire(import.meta.url);
const STEP_MS = 60_000;
const stepClockForward = () => {
  const wall = Date.now;
  vi.spyOn(Date, 'now').mockImplementation(() => wall.call(Date) + STEP_MS);
};
const nextMs = () => new Promise((resolve) => setTimeout(resolve, 2));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('after the system clock is stepped forward', () => {
  it('an edit expires at once what was cached before it', async () => {
    stepClockForward();
    const cachedAt = nextClock();
    await nextMs();
    await expireTagsNow(['clock-step-edit']);
    expect(nextTags.areTagsExpired(['clock-step-edit'], cachedAt)).toBe(true);
  });

  it('the page store renders a page again once its tags are refreshed', async () => {
    let renders = 0;
    // Stands in for Next: an HTML page with its cache tags, as Next hands them to the request.
    const next = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      renders++;
      const meta = (req as unknown as Record<symbol, { onCacheEntry?: (entry: unknown) => void }>)[Symbol.for('NextInternalRequestMeta')];
      meta?.onCacheEntry?.({ value: { headers: { 'x-next-cache-tags': 'clock-step-page' } } });
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 's-maxage=3600, stale-while-revalidate=60');
      res.end(`<!doctype html><html><body><p>نسخة ${renders}</p></body></html>`);
    };
    const pages = createPageServer(next, { https: false, storeBytes: 2 ** 20 });
    const server = http.createServer((req, res) => void pages.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/1/x`;
    try {
      stepClockForward();
      expect(await (await fetch(url)).text()).toContain('نسخة 1');
      expect(await (await fetch(url)).text()).toContain('نسخة 1'); // stored
      await nextMs();
      // What Next's own updateTag writes: the time on its clock.
      nextTags.tagsManifest.set('clock-step-page', { expired: nextClock() });
      expect(await (await fetch(url)).text()).toContain('نسخة 2');
    } finally {
      server.close();
    }
  });

  it("Next's page cache drops an entry whose tag is refreshed (patches/next+16.4.6.patch)", async () => {
    const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
    const { CachedRouteKind, IncrementalCacheKind } = require('next/dist/server/response-cache/types.js');
    const cache = new FileSystemCache({ flushToDisk: false, serverDistDir: '/nonexistent', revalidatedTags: [], maxMemoryCacheSize: 2 ** 20 });
    const page = { kind: CachedRouteKind.APP_PAGE, html: '<p>1</p>', headers: { 'x-next-cache-tags': 'clock-step-route' }, status: 200 };
    const lookup = () => cache.get('/clock-step', { kind: IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: true, isFallback: false });
    stepClockForward();
    await cache.set('/clock-step', page, { cacheControl: { revalidate: false } });
    expect(await lookup()).not.toBeNull();
    await nextMs();
    await cache.revalidateTag(['clock-step-route']);
    expect(await lookup()).toBeNull();
  });

  it("every bundled copy of Next's page cache is on the same clock (scripts/patch-next-runtime.mjs)", () => {
    const dir = path.join(path.dirname(require.resolve('next/package.json')), 'dist/compiled/next-server');
    const runtimes = fs.readdirSync(dir).filter((f) => /^app-(page|route).*\.runtime\.prod\.js$/.test(f));
    expect(runtimes.length).toBeGreaterThan(0);
    // The patch marks each of its two stamps (set into the memory cache, revalidateTag).
    for (const file of runtimes) expect(fs.readFileSync(path.join(dir, file), 'utf8').split('/*cacheOnMonotonicClock*/'), file).toHaveLength(3);
  });

  it('the server says so in its log', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lines: string[] = [];
    const stop = watchClock(1000, (line) => lines.push(line));
    vi.advanceTimersByTime(1000);
    expect(lines).toEqual([]);
    stepClockForward();
    vi.advanceTimersByTime(1000);
    expect(clockLead()).toBeGreaterThan(STEP_MS - 1000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[clock\] the system clock moved 60\.0 s/);
    vi.advanceTimersByTime(5000);
    expect(lines).toHaveLength(1);
    stop();
  });
});
