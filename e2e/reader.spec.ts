import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startUsing } from './support/first-use';
import { nationalArticles } from '../prisma/seed/content/articles-national';
import { seededArticle } from './support/admin';

const main = (page: Page) => page.getByRole('main');

async function openCategoryFromNav(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  const menu = nav.getByText('القائمة');
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name, exact: true }).click();
}

const firstArticleUrl = (page: Page) => seededArticle(page);

test('home → category → article, with the breadcrumb back to the category', async ({ page }) => {
  await page.goto('/');
  await openCategoryFromNav(page, 'اقتصاد');
  await expect(page).toHaveURL(/\/category\/economy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتصاد');
  const card = main(page).getByRole('heading', { level: 2 }).first();
  const title = (await card.textContent())!.trim();
  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const crumbs = page.getByRole('navigation', { name: 'مسار التنقل' });
  await expect(crumbs.getByRole('link', { name: 'اقتصاد' })).toHaveAttribute('href', '/category/economy');
});

test('an article shows its source line, Moroccan dates, tags and share links', async ({ page }) => {
  await page.goto(await firstArticleUrl(page));
  const article = page.getByRole('article').first();
  await expect(article.getByText(/^أزغار اليوم: /)).toBeVisible();
  // «الجمعة 26 يوليوز 2024 - 10:05», Western digits, and the Hijri date beside it.
  await expect(article.locator('time').first()).toHaveText(/^(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد) \d{1,2} \S+ \d{4} - \d{2}:\d{2}$/);
  await expect(article.getByText(/\d{1,2} \S+( \S+)? \d{4} هـ/)).toBeVisible();
  await expect(article.getByRole('link', { name: /^#/ }).first()).toBeVisible();
  for (const network of ['واتساب', 'فيسبوك', 'إكس', 'تيليغرام']) {
    await expect(article.getByRole('link', { name: `شارك على ${network}` }).first()).toHaveAttribute('href', /^https:\/\//);
  }
});

test('the related rail shows 4 to 6 other published articles', async ({ page }) => {
  const url = await firstArticleUrl(page);
  await page.goto(url);
  const rail = page.getByRole('complementary', { name: 'مقالات ذات صلة' });
  const links = rail.getByRole('heading').getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
  const ownId = url.split('/')[2];
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href.split('/')[2]).not.toBe(ownId);
  }
  // Beside the body on wide screens, below it on phones.
  const body = await page.locator('.prose-article:visible').boundingBox();
  const railBox = (await rail.boundingBox())!;
  if (page.viewportSize()!.width >= 1024) expect(railBox.y).toBeLessThan(body!.y + body!.height);
  else expect(railBox.y).toBeGreaterThan(body!.y + body!.height);
});

test('back to top appears after scrolling and returns to the top with the focus', async ({ page }) => {
  await page.goto(await firstArticleUrl(page));
  // Hidden at the top before the framework comes (by the page's scroll, in CSS) as after, and out
  // of the accessibility tree while hidden, so found by its target first.
  await expect(page.locator('a[href="#top"]')).toBeHidden();
  const button = page.getByRole('link', { name: 'زر الذهاب إلى الأعلى' });
  await page.mouse.wheel(0, 3000);
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('data-visible', 'true');
  // The scroll brought the framework: once hydrated, the click also moves the focus.
  await startUsing(page);
  await button.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('#top')).toBeFocused();
});

test('search finds an article whatever the hamza, ta marbuta and tashkeel of the query', async ({ page }) => {
  const target = nationalArticles.find((a) => a.title.includes('إنذارية'))!;
  for (const q of ['إنذارية برتقالي', 'انذاريه برتقالى', 'الإِنْذَارِيَّةُ البُرتقالي']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(main(page).getByRole('link', { name: target.title })).toBeVisible();
    await expect(main(page).locator('mark').first()).toBeVisible();
  }
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/search?q=كلمةغيرموجودةإطلاقا');
  await expect(page.getByRole('status')).toContainText('لم نعثر');
});

test("pages carry none of Next's English fallback pages in their payload", async ({ request, page }) => {
  for (const path of ['/', await firstArticleUrl(page)]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/This page could not be (found|accessed)|not authorized to access/);
  }
});

test('the category menu is one list: a bar on wide screens, a drawer on phones', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  const sport = nav.locator('a[href="/category/sport"]');
  await expect(sport).toHaveCount(1);
  if (page.viewportSize()!.width < 1024) {
    await expect(sport).toBeHidden();
    await nav.getByText('القائمة').click();
  }
  await expect(sport).toBeVisible();
  await sport.click();
  await expect(page).toHaveURL(/\/category\/sport$/);
});

test('an old or wrong slug answers a permanent redirect to the current one', async ({ page, request }) => {
  const url = await firstArticleUrl(page);
  const id = url.split('/')[2];
  const response = await request.get(`/news/${id}/old-slug`, { maxRedirects: 0 });
  expect(response.status(), `${id} ${response.headers().location}`).toBe(308);
  expect(response.headers().location).toBe(url);
});

test("share links give the article's short address, which leads to the article", async ({ page, request }) => {
  const url = await firstArticleUrl(page);
  const id = url.split('/')[2];
  await page.goto(url);
  const whatsapp = await page.getByRole('link', { name: 'شارك على واتساب' }).first().getAttribute('href');
  const shared = new URL(whatsapp!).searchParams.get('text')!;
  expect(new URL(shared).pathname).toBe(`/news/${id}`);
  const response = await request.get(new URL(shared).pathname, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe(url);
  expect((await request.get('/news/999999999', { maxRedirects: 0 })).status()).toBe(404);
});

test('a 404 page rendered on the server comes alive in the browser: no script error, its way home works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  // Addresses never asked for before: each page is rendered now, not taken from a cache.
  for (const path of [`/news/${Date.now()}/gone`, `/category/gone-${Date.now()}`, `/x/${Date.now()}`]) {
    expect((await page.goto(path))!.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    await page.waitForLoadState('networkidle');
    await main(page).getByRole('link', { name: 'العودة إلى الرئيسية' }).click();
    await expect(page).toHaveURL(/\/$/);
  }
  expect(errors).toEqual([]);
});

test('archives paginate with the page number in the URL', async ({ page }) => {
  await page.goto('/');
  const tag = await page.goto('/tag/' + encodeURIComponent('الماء'));
  expect(tag!.status()).toBe(200);
  await page.goto('/author/hamza-idrissi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقالات حمزة الإدريسي');
  const missing = await page.goto('/category/economy/page/99');
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

test('no page is wider than a small phone', async ({ page }) => {
  const article = await firstArticleUrl(page);
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', article, '/category/local', '/search?q=' + encodeURIComponent('الماء'), '/fr', '/fr' + article]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('the dark theme follows the toggle, persists and applies before the first paint', async ({ page }) => {
  await page.goto('/');
  await startUsing(page);
  await page.getByRole('button', { name: 'تبديل الوضع الليلي' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  // The class must already be there when the body is parsed, not added after hydration.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.className;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toContain('dark');
});

test('the breaking-news ticker can be paused', async ({ page }) => {
  await page.goto('/');
  const ticker = page.getByRole('region', { name: 'أخبار عاجلة' });
  await expect(ticker.getByRole('link').first()).toBeVisible();
  // Still until the reader's first use brings its script: nothing to pause yet.
  await expect(ticker.getByRole('button', { name: 'إيقاف شريط الأخبار العاجلة' })).toBeHidden();
  await startUsing(page);
  await ticker.getByRole('button', { name: 'إيقاف شريط الأخبار العاجلة' }).click();
  await expect(ticker).toHaveAttribute('data-paused', '');
  await expect(ticker.getByRole('button', { name: 'تشغيل شريط الأخبار العاجلة' })).toBeVisible();
});

test('the ticker loops on a copy of its list that the keyboard and screen readers never meet', async ({ page, request }) => {
  // The server writes the list once; the script adds the copy the loop scrolls in behind it.
  expect((await (await request.get('/')).text()).match(/class="ticker-list"/g)).toHaveLength(1);
  await page.goto('/');
  await startUsing(page);
  const ticker = page.locator('[data-ticker]');
  await expect(ticker.locator('ul')).toHaveCount(2);
  const links = await ticker.locator('ul:not([aria-hidden]) a').count();
  await expect(ticker.locator('ul[aria-hidden="true"] a[tabindex="-1"]')).toHaveCount(links);
  await expect(page.getByRole('region', { name: 'أخبار عاجلة' }).getByRole('link')).toHaveCount(links);
  const moving = () => ticker.locator('.ticker-track').evaluate((track) => getComputedStyle(track).animationName);
  expect(await moving()).toMatch(/^ticker/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, category, article and search are complete pages', async ({ page, request }) => {
    const home = await request.get('/');
    const href = /href="(\/news\/[^"]+)"/.exec(await home.text())![1]!;
    for (const path of ['/', '/category/local', href, `/search?q=${encodeURIComponent('أزغار')}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await page.goto(href);
    expect(await main(page).locator('.prose-article p').count()).toBeGreaterThanOrEqual(3);
    // Shown once the reader has scrolled, by CSS alone.
    await page.mouse.wheel(0, 3000);
    await expect(page.getByRole('link', { name: 'زر الذهاب إلى الأعلى' })).toHaveAttribute('href', '#top');
    await expect(page.getByRole('link', { name: 'زر الذهاب إلى الأعلى' })).toBeVisible();
  });

  test('an unknown address is a whole 404 page in the HTML, in the reader’s language', async ({ page }) => {
    const title = { ar: 'الصفحة غير موجودة', fr: 'Page introuvable' };
    const unknown: [string, keyof typeof title][] = [
      ['/category/no-such-category', 'ar'],
      ['/news/999999/no-such-article', 'ar'],
      ['/tag/no-such-tag', 'ar'],
      ['/a/b/c', 'ar'],
      // What scanners ask every site for: an address with a dot is no language.
      ['/wp-login.php', 'ar'],
      ['/xmlrpc.php/x', 'ar'],
      ['/fr/category/no-such-category', 'fr'],
    ];
    for (const [path, lang] of unknown) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title[lang]);
      // The site around it: its search and its footer.
      await expect(page.getByRole('search').first()).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    }
  });

  test('the ticker stands still, its one list scrolled by hand', async ({ page }) => {
    await page.goto('/');
    const ticker = page.locator('[data-ticker]');
    await expect(ticker.locator('ul')).toHaveCount(1);
    expect(await ticker.locator('.ticker-track').evaluate((track) => getComputedStyle(track).animationName)).toBe('none');
    expect(await ticker.locator('.ticker-viewport').evaluate((box) => getComputedStyle(box).overflowX)).toBe('auto');
  });

  test('the search form works as a plain GET form', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('search').first();
    await search.getByRole('searchbox').fill('الماء');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('status')).toBeVisible();
  });
});

test.describe('accessibility', () => {
  /**
   * axe on the page as drawn: below the fold, `.lazy-render` (content-visibility: auto) leaves
   * parts unrendered, and axe then misreads their colours (dequelabs/axe-core#2768: CI reported
   * the comment form's white-on-red button as dark-on-red, 2.29:1, when the page was long).
   */
  const analyzeRendered = async (page: Page) => {
    await page.addStyleTag({ content: '.lazy-render { content-visibility: visible !important; }' });
    return new AxeBuilder({ page }).analyze();
  };

  for (const [name, path] of [
    ['home', '/'],
    ['category', '/category/local'],
    ['search', `/search?q=${encodeURIComponent('الماء')}`],
  ] as const) {
    test(`${name} has no serious or critical axe violation`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await analyzeRendered(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }

  test('article has no serious or critical axe violation', async ({ page }) => {
    await page.goto(await firstArticleUrl(page));
    const { violations } = await analyzeRendered(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
