import { expect, test } from '@playwright/test';
import { seededArticle } from './support/admin';

test.skip(() => test.info().project.name !== 'desktop', 'headers are the same on every screen');

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test('every kind of response carries the security headers', async ({ page, request }) => {
  const article = await seededArticle(page);
  const html = await (await request.get('/')).text();
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1]!;
  for (const path of ['/', article, '/admin/login', '/search?q=ماء', '/feed.xml', '/robots.txt', '/api/comments/mine', chunk, '/brand/logo.png', '/no-such-page']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test('a cached page gets a fresh nonce on every response, on each of its scripts', async ({ page, request }) => {
  const article = await seededArticle(page);
  const seen = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get(article);
    const nonce = nonceOf(response.headers()['content-security-policy']!)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    seen.add(nonce);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g)!;
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(seen.size).toBe(3);
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
  // Hydrated: the theme toggle works.
  await page.goto('/');
  await page.getByRole('button', { name: 'تبديل الوضع الليلي' }).click();
  await expect(page.locator('html')).toHaveClass(/dark|light/);
  expect(violations).toEqual([]);
});

test('markup injected into a page cannot run script: neither a <script> without the nonce nor an inline handler', async ({ page }) => {
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
  // The page's own scripts, which carry the nonce, still run.
  await page.getByRole('button', { name: 'تبديل الوضع الليلي' }).click();
  await expect(page.locator('html')).toHaveClass(/dark|light/);
});
