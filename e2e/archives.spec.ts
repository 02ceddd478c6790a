// Section, tag and author archives share one loader and one slug rule (lib/archives.ts,
// lib/urls.ts): an Arabic slug works wherever a Latin one does.
import { expect, test } from './support/test';
import { signIn } from './support/admin';

test('a section with an Arabic slug has its page, its feed and its menu link', async ({ page, browser, request }, testInfo) => {
  const run = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const name = `أخبار الجهة ${run}`;
  const slug = `أخبار-الجهة-${run}`;
  await signIn(page, 'admin');
  await page.goto('/admin/categories');
  const form = page.locator('section[aria-labelledby="add-category"]');
  await form.getByRole('textbox', { name: 'الاسم (إلزامي)' }).fill(name);
  await form.getByLabel('الرابط المختصر').fill(slug);
  await form.getByRole('button', { name: 'إضافة قسم' }).click();
  await expect(page.getByText('حُفظ القسم.')).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name, exact: true }).first().click();
  await expect(reader).toHaveURL(`/category/${encodeURIComponent(slug)}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name);

  // The same address typed by hand (not percent-encoded) and the section's feed.
  expect((await request.get(`/category/${slug}`)).status()).toBe(200);
  const feed = await request.get(`/feed/${encodeURIComponent(slug)}.xml`);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(name);
  // A page past the last one is not a page.
  expect((await request.get(`/category/${encodeURIComponent(slug)}/page/2`)).status()).toBe(404);
  await reader.close();
});

test('numbered pages are plain links: nothing is prefetched past the HTTP cache, the next page loads as a page', async ({ page }) => {
  // Prefetches and client navigations ask the app for RSC payloads, which Varnish passes on.
  const rsc: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=') || request.headers()['rsc']) rsc.push(request.url());
  });
  await page.goto(`/search?q=${encodeURIComponent('أزغار')}`);
  const pages = page.getByRole('navigation', { name: 'التنقل بين الصفحات' });
  await pages.scrollIntoViewIfNeeded();
  await expect(pages.getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
  await page.waitForTimeout(1000);
  expect(rsc).toEqual([]);
  const [document] = await Promise.all([page.waitForRequest((r) => r.resourceType() === 'document'), pages.getByRole('link', { name: 'التالي' }).click()]);
  expect(new URL(document.url()).searchParams.get('page')).toBe('2');
  await expect(pages.getByText('2', { exact: true })).toHaveAttribute('aria-current', 'page');
  expect(rsc).toEqual([]);
});
