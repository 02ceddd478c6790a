import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { eventually, seededArticle, signIn } from './support/admin';

const switcher = (page: Page) => page.getByRole('navigation', { name: /^(اللغة|Langue|Language)$/ });

const hreflangs = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname])),
  ) as Record<string, string>;

async function hreflangsOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]));
}

test('French and English interfaces are left-to-right, mirrored, and keep the reader on the same page', async ({ page }) => {
  const href = await seededArticle(page);
  await page.goto(href);
  await switcher(page).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/fr${href.replace(/[?]/g, '\\?')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // The interface is French, the article's text stays Arabic and right-to-left.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.prose-article:visible').locator('xpath=..')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('article').first().locator('time').first()).toHaveText(
    /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4} - \d{2}:\d{2}$/,
  );
  await expect(page.getByRole('heading', { name: 'Sur le même sujet' })).toBeVisible();

  await switcher(page).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/news\//);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await switcher(page).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(new RegExp(`${href.split('/').slice(0, 3).join('/')}/`));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the layout mirrors with the direction', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the masthead stacks on phones');
  const nameBox = async (path: string) => {
    await page.goto(path);
    return (await page.getByRole('banner').getByRole('link').filter({ hasText: 'أزغار اليوم' }).first().boundingBox())!;
  };
  const width = page.viewportSize()!.width;
  const rtl = await nameBox('/');
  const ltr = await nameBox('/fr');
  expect(rtl.x + rtl.width).toBeGreaterThan(width * 0.7);
  expect(ltr.x).toBeLessThan(width * 0.3);
});

test('every public page lists its other languages, and they list it back', async ({ page, request }) => {
  // An article without a translation has no other language to list.
  await page.goto(await seededArticle(page));
  expect(await hreflangs(page)).toEqual({});
  for (const path of ['/', '/fr/category/local', '/en/about']) {
    await page.goto(path);
    const own = await hreflangs(page);
    expect(own['x-default'], path).toBeTruthy();
    for (const [lang, target] of Object.entries(own)) {
      const theirs = await hreflangsOf(request, target);
      expect(theirs, `${path} -> ${lang} ${target}`).toEqual(own);
    }
  }
});

test('an article in French reads left-to-right inside the Arabic site, and a linked translation is its hreflang', async ({ page, browser }) => {
  test.skip(test.info().project.name !== 'desktop', 'one article is enough');
  const reader = await browser.newPage();
  const original = await seededArticle(reader, 2);
  const originalId = original.split('/')[2]!;

  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const title = `Le marché hebdomadaire déménage ${Date.now().toString(36)}`;
  await page.getByLabel('العنوان').fill(title);
  await page.getByLabel('نص المقال').fill('Le marché se tiendra désormais près de la gare routière.');
  await page.getByLabel('القسم').selectOption({ label: 'محليات' });
  await page.getByLabel('لغة المقال').selectOption('fr');
  await page.getByLabel('ترجمة لمقال رقم').fill(originalId);
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page.getByText('نُشر المقال.')).toBeVisible();

  const card = reader.getByRole('main').getByRole('heading', { name: title }).first();
  await eventually(reader, '/', () => expect(card).toHaveAttribute('dir', 'ltr', { timeout: 500 }));
  await card.getByRole('link').click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'ltr');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await expect(reader.locator('.prose-article:visible').locator('xpath=..')).toHaveAttribute('dir', 'ltr');
  const translation = await hreflangs(reader);
  expect(translation.ar).toBe(new URL(original, 'http://x').pathname);
  expect(translation.fr).toMatch(/^\/fr\/news\/\d+\//);
  await reader.goto(original);
  expect(await hreflangs(reader)).toEqual(translation);
  await reader.close();
});
