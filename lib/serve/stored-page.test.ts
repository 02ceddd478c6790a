import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageStore } from './page-store';
import { chooseEncoding } from './send-stored';
import { lifetime, storedPage } from './stored-page';

const HTML = Buffer.from(`<!doctype html><html><head><script>self.a=1</script></head><body>${'<p>أخبار أزغار اليوم</p>'.repeat(200)}</body></html>`);

async function page(body = HTML, cacheControl = 's-maxage=3600, stale-while-revalidate=82800') {
  return storedPage(
    {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', vary: 'rsc', 'set-cookie': 'x=1', 'x-nextjs-cache': 'HIT', 'cache-control': cacheControl },
      body,
    },
    { tags: ['article:5', '_N_T_/layout', 'latest'], renderedAt: 1000, cacheControl, fresh: 3600, stale: 82800, https: false },
  );
}

describe('a stored page', () => {
  it('has its gzip and brotli bodies made once, each the same page', async () => {
    const stored = await page();
    expect(zlib.gunzipSync(stored.bodies.gzip!)).toEqual(HTML);
    expect(zlib.brotliDecompressSync(stored.bodies.br!)).toEqual(HTML);
    expect(stored.bodies.br!.length).toBeLessThan(stored.bodies.gzip!.length);
    expect(stored.bytes).toBe(HTML.length + stored.bodies.gzip!.length + stored.bodies.br!.length);
  });

  it('keeps the headers every reader may get, its policy and its surrogate keys, nothing personal', async () => {
    const { headers, freshUntil, staleUntil, etag } = await page();
    expect(headers['set-cookie']).toBeUndefined();
    expect(headers['x-nextjs-cache']).toBeUndefined();
    expect(headers.vary).toBe('rsc, Accept-Encoding');
    expect(headers.xkey).toBe('article:5 latest');
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'; /);
    expect([freshUntil, staleUntil]).toEqual([1000 + 3600_000, 1000 + (3600 + 82800) * 1000]);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('is sent in the best encoding the reader accepts', async () => {
    const stored = await page();
    expect(chooseEncoding('gzip, deflate, br, zstd', stored)).toBe('br');
    expect(chooseEncoding('gzip', stored)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', stored)).toBe('gzip');
    expect(chooseEncoding(undefined, stored)).toBe('identity');
    const small = await page(Buffer.from('<p>x</p>'));
    expect(chooseEncoding('br', small)).toBe('identity');
  });

  it('lives as long as the answer says a shared cache may keep it', () => {
    expect(lifetime('s-maxage=60, stale-while-revalidate=3540')).toEqual({ fresh: 60, stale: 3540 });
    expect(lifetime('public, max-age=31536000, immutable')).toEqual({ fresh: 31536000, stale: 0 });
    expect(lifetime('private, no-cache, no-store, max-age=0, must-revalidate')).toBeNull();
    expect(lifetime('public, max-age=0, must-revalidate')).toBeNull();
  });
});

describe('the page store', () => {
  it('lets the least recently used pages go once over its budget', async () => {
    const one = await page();
    const store = new PageStore(one.bytes * 4.5);
    for (const key of ['/a', '/b', '/c', '/d']) store.set(key, one);
    store.get('/a');
    store.set('/e', one);
    expect(['/a', '/b', '/c', '/d', '/e'].map((k) => Boolean(store.get(k)))).toEqual([true, false, true, true, true]);
    expect(store.size).toEqual({ pages: 4, bytes: one.bytes * 4 });
  });
});
