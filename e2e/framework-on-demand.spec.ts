// A public page is read before any of the framework's JavaScript is fetched: Next's scripts come
// with the reader's first touch, key, pointer, wheel, focus or scroll (lib/serve/framework-on-demand.ts).
import type { Page } from '@playwright/test';
import { seededArticle } from './support/admin';
import { expect, test } from './support/test';

const FRAMEWORK = /\/_next\/static\/chunks\/[^/]+\.js$/;

/** The scripts of Next's the page has asked for so far, and the errors it logged. */
function watch(page: Page) {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => FRAMEWORK.test(new URL(r.url()).pathname) && scripts.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { scripts, errors };
}

/** The theme button is drawn by React once the page has hydrated (before, its place is kept empty). */
const themeButton = (page: Page) => page.getByRole('button', { name: 'تبديل الوضع الليلي' });

test('an article is read without the framework; the first touch brings it and the page comes alive', async ({ page, isMobile }) => {
  const path = await seededArticle(page);
  const seen = watch(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(seen.scripts).toEqual([]);
  await expect(themeButton(page)).toHaveCount(0);

  // A phone's first touch, a desktop's first move of the mouse.
  if (isMobile) await page.touchscreen.tap(5, 300);
  else await page.mouse.move(200, 300);
  await expect(themeButton(page)).toBeVisible();
  expect(seen.scripts.length).toBeGreaterThan(3);
  // Hydrated: the theme button works, and nothing was logged on the way (no mismatch, no policy refusal).
  await themeButton(page).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(seen.errors).toEqual([]);
});

test('what a reader types before the page hydrates is kept, and the comment is sent', async ({ page }) => {
  await page.goto(await seededArticle(page, 1));
  const form = page.locator('#respond ~ form, #respond ~ * form').last();
  const body = `تعليق كُتب قبل أن تكتمل الصفحة ${Date.now()}`;
  // The focus is the first use: the fields are typed into while the framework arrives.
  await form.getByLabel('التعليق').pressSequentially(body, { delay: 5 });
  await form.getByLabel('الاسم').pressSequentially('قارئة مستعجلة', { delay: 5 });
  await form.getByLabel('البريد الإلكتروني').pressSequentially(`early-${Date.now()}@example.com`, { delay: 5 });
  await expect(themeButton(page)).toBeVisible();
  await expect(form.getByLabel('التعليق')).toHaveValue(body);
  await expect(form.getByLabel('الاسم')).toHaveValue('قارئة مستعجلة');
  await page.waitForTimeout(3100); // a human takes a few seconds to write
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
});

test('home and search pages also wait for the reader, with today’s date and «منذ …» shown already', async ({ page }) => {
  const seen = watch(page);
  // The browser's today in the newsroom's zone (the tests' browsers live in Africa/Casablanca).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(new Date());
  for (const path of ['/', '/search?q=%D8%A3%D8%B2%D8%BA%D8%A7%D8%B1']) {
    await page.goto(path);
    await page.waitForLoadState('load');
    // Written by the page's own scripts as it is parsed: one date line, the times as phrases.
    await expect(page.locator('#today-line > span:not([hidden])')).toHaveCount(1);
    await expect(page.locator('#today-line > span:not([hidden]) time')).toHaveAttribute('datetime', today);
    await expect(page.locator('#today-line > span:not([hidden]) time')).toBeVisible();
    // The home page's cards are from the last hours (the search results show no times).
    if (path === '/') await expect(page.locator('time.time-ago[data-ago^="منذ"]').first()).toBeAttached();
  }
  await page.waitForTimeout(1000);
  expect(seen.scripts).toEqual([]);
  expect(seen.errors).toEqual([]);
});
