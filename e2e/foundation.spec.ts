import { expect, test } from './support/test';

test('the home page is Arabic, right-to-left, and lists the seeded articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const links = page.getByRole('main').locator('a[href^="/news/"]');
  expect(await links.count()).toBeGreaterThanOrEqual(10);
});

test('an article opens from the home page and renders its body from the database', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('main').locator('a[href^="/news/"]').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/news\/\d+\//);
  // Role queries skip the previous page, which client navigation keeps mounted but hidden.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await page.getByRole('main').getByRole('paragraph').count()).toBeGreaterThanOrEqual(3);
});

test('the Arabic web font is loaded from this site', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const naskhLoaded = await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded' && /naskh/i.test(f.family)));
  expect(naskhLoaded).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).host).toBe(new URL(page.url()).host);
});
