// «الأكثر قراءة» cannot be bought: a script that varies its User-Agent adds a few reads at most,
// and pages on other sites (beacons, no-cors fetches, forms) add none.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/test';
import { quietArticle, readCountOf } from './support/db';

test.skip(({ isMobile }) => isMobile, 'the same counter whatever the screen: one run is enough');

/** Reads are written in batches every 5 seconds (READS_FLUSH_MS): wait for two batches. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 11_000));

test('a script posting a thousand reads with varied User-Agents adds three', async ({ request, baseURL }) => {
  const { id } = quietArticle();
  await settled();
  const before = readCountOf(id);
  for (let i = 0; i < 1000; i += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        request.post('/api/reads', {
          data: { id },
          headers: { 'x-forwarded-for': '192.0.2.44', 'user-agent': `Mozilla/5.0 (Bot ${i + j})`, 'sec-fetch-site': 'same-origin', origin: baseURL! },
        }),
      ),
    );
  }
  await settled();
  expect(readCountOf(id) - before).toBe(3);
});

test('pages on another site count no read, whatever way they send it', async ({ page, baseURL }) => {
  const { id } = quietArticle();
  const target = `${baseURL}/api/reads`;
  const body = JSON.stringify({ id });
  // Another origin on this machine (another port is another site to the browser).
  const evil = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>x</title>
      <iframe name="sink"></iframe>
      <form id="f" method="post" action="${target}" enctype="text/plain" target="sink"><input name='${body.slice(0, -1)},"x":"' value='"}'></form>`);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    await settled();
    const before = readCountOf(id);
    await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
    await page.evaluate(
      async ({ target, body }) => {
        navigator.sendBeacon(target, body);
        navigator.sendBeacon(target, new Blob([body], { type: 'text/plain' }));
        await fetch(target, { method: 'POST', mode: 'no-cors', body }).catch(() => {});
        await fetch(target, { method: 'POST', mode: 'no-cors', body, headers: { 'content-type': 'text/plain' } }).catch(() => {});
        (document.getElementById('f') as HTMLFormElement).submit();
        await new Promise((r) => setTimeout(r, 1000));
      },
      { target, body },
    );
    await settled();
    expect(readCountOf(id)).toBe(before);
  } finally {
    evil.close();
  }
});

test("the site's own beacon still counts a reader", async ({ page }) => {
  const { id } = quietArticle();
  await settled();
  const before = readCountOf(id);
  const counted = page.waitForResponse((r) => r.url().endsWith('/api/reads'));
  await page.goto(`/news/${id}/x`);
  expect((await counted).status()).toBe(204);
  await settled();
  expect(readCountOf(id)).toBe(before + 1);
});
