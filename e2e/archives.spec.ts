// Section, tag and author archives share one loader and one slug rule (lib/archives.ts,
// lib/urls.ts): an Arabic slug works wherever a Latin one does.
import { expect, test } from '@playwright/test';
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
