import crypto from 'node:crypto';
import { expect, test } from './support/test';
import { startUsing } from './support/first-use';
import Database from 'better-sqlite3';
import { refreshLiveSite } from '../scripts/lib/refresh-site';
import { E2E_DATA_DIR, E2E_PORT, e2eEnv } from './env';
import { seededArticle } from './support/admin';

test.skip(() => test.info().project.name !== 'desktop', 'headers are the same on every screen');

test('every kind of response carries the security headers', async ({ page, request }) => {
  const article = await seededArticle(page);
  const html = await (await request.get('/')).text();
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1]!;
  for (const path of [
    '/',
    article,
    '/admin/login',
    '/search?q=ماء',
    '/feed.xml',
    '/robots.txt',
    '/api/comments/mine',
    chunk,
    '/brand/logo.png',
    '/no-such-page',
  ]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test('a cached page is the same bytes and headers for every reader: its policy names the hashes of its own inline scripts', async ({ page, request }) => {
  const article = await seededArticle(page);
  const answers = [];
  // A newcomer, a reader with a pending comment's cookie, another browser.
  const readers: Record<string, string>[] = [{}, { cookie: 'my_comments=1.abc' }, { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' }];
  for (const headers of readers) {
    const response = await request.get(article, { headers: { 'accept-encoding': 'identity', ...headers } });
    answers.push({ body: await response.text(), headers: response.headers() });
  }
  const [first] = answers;
  const csp = first!.headers['content-security-policy']!;
  for (const answer of answers) {
    expect(answer.body).toBe(first!.body);
    expect(answer.headers['content-security-policy']).toBe(csp);
    expect(answer.headers.etag).toBe(first!.headers.etag);
  }
  expect(csp).not.toContain('nonce');
  expect(first!.body).not.toContain('nonce=');
  // Every inline script the page runs is named by its hash, and nothing else is allowed inline.
  const inline = [...first!.body.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline.length).toBeGreaterThanOrEqual(2);
  // Next's payload, written as a script per streamed chunk, is one script in a stored page: one hash.
  expect(inline.filter((script) => script.includes('self.__next_f.push('))).toHaveLength(1);
  for (const script of inline) expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // The reader who has it already gets a 304.
  const again = await request.get(article, { headers: { 'if-none-match': first!.headers.etag! } });
  expect(again.status()).toBe(304);
});

test('a <script> written into an article at the data layer, past validation, does not run', async ({ page, request }) => {
  const article = await seededArticle(page, 2);
  const id = Number(/\/news\/(\d+)\//.exec(article)![1]);
  const payload = '</script><script>window.__injected = "data"</script>';
  const db = new Database(`${E2E_DATA_DIR}/portal.db`, { fileMustExist: true });
  const before = db.prepare('SELECT title, excerpt, body FROM Article WHERE id = ?').get(id) as { title: string; excerpt: string; body: string };
  try {
    db.prepare('UPDATE Article SET title = ?, excerpt = ?, body = ? WHERE id = ?').run(
      `${before.title} ${payload}`,
      `${before.excerpt} ${payload}`,
      `${before.body}\n\n<script>window.__injected = "body"</script>\n\n<img src="/x" onerror="window.__injected = 'handler'">`,
      id,
    );
    // The cached page is refreshed as a write through the app would (its internal route).
    Object.assign(process.env, { APP_SECRET: e2eEnv.APP_SECRET, REFRESH_URL: `http://127.0.0.1:${E2E_PORT}` });
    expect(await refreshLiveSite([`article:${id}`])).toContain('refreshed');
    await expect(async () => {
      const html = await (await request.get(article)).text();
      expect(html).toContain('window.__injected');
    }).toPass({ timeout: 6000 });
    await page.goto(article);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  } finally {
    db.prepare('UPDATE Article SET title = ?, excerpt = ?, body = ? WHERE id = ?').run(before.title, before.excerpt, before.body, id);
    db.close();
    await refreshLiveSite([`article:${id}`]);
  }
});

test('the pages run under the policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', await seededArticle(page), '/admin/login']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle').catch(() => {});
  }
  // Hydrated on the reader's first use: the theme toggle works.
  await page.goto('/');
  await startUsing(page);
  await page.getByRole('button', { name: 'تبديل الوضع الليلي' }).click();
  await expect(page.locator('html')).toHaveClass(/dark|light/);
  expect(violations).toEqual([]);
});

test('markup injected into a page on its way cannot run script: neither a <script> the policy does not name nor an inline handler', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // As if a stored injection had reached the HTML: the server's own answer, two payloads added.
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</body>',
      '<script>window.__injected = "script"</script><img src="/no-such-image" onerror="window.__injected = \'handler\'"></body>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThanOrEqual(2);
  // The page's own scripts, named by their hashes, still run: the loader brings the framework.
  await startUsing(page);
  await page.getByRole('button', { name: 'تبديل الوضع الليلي' }).click();
  await expect(page.locator('html')).toHaveClass(/dark|light/);
});
