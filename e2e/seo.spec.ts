import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import sharp from 'sharp';
import { eventually, signIn } from './support/admin';

test.skip(({ isMobile }) => isMobile, 'what crawlers read does not depend on the screen');

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => [JSON.parse(b) as Record<string, unknown> | Record<string, unknown>[]].flat());
}

/** A seeded article (with its cover): other journeys publish articles of their own in «محليات». */
async function firstArticle(page: Page) {
  await page.goto('/category/economy');
  const href = (await page.getByRole('main').locator('a[href^="/news/"]').first().getAttribute('href'))!;
  // Percent-encoded, as canonical URLs and the address bar write it (links write the letters).
  return new URL(href, 'http://x').pathname;
}

test('every public page has one canonical URL, one h1, Arabic right-to-left, and the feed linked', async ({ page }) => {
  const article = await firstArticle(page);
  for (const path of [
    '/',
    article,
    '/category/local',
    '/tag/' + encodeURIComponent('الماء'),
    '/author/salma-bennani',
    '/search?q=' + encodeURIComponent('الماء'),
    '/about',
  ]) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(/^https?:\/\//);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first(), path).toHaveAttribute('href', /feed/);
  }
  await page.goto('/search?q=x');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('an article carries NewsArticle and BreadcrumbList data that search engines accept', async ({ page, request }) => {
  await page.goto(await firstArticle(page));
  const data = await jsonLd(page);
  const article = data.find((d) => d['@type'] === 'NewsArticle') as Record<string, unknown> & {
    image: string[];
    author: { name: string; url: string }[];
    publisher: { name: string; logo: { url: string } };
    mainEntityOfPage: { '@id': string };
  };
  expect(article).toBeDefined();
  expect((article.headline as string).length).toBeLessThanOrEqual(110);
  expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(Date.parse(article.datePublished as string)).not.toBeNaN();
  expect(Date.parse(article.dateModified as string)).toBeGreaterThanOrEqual(Date.parse(article.datePublished as string));
  expect(article.author[0]!.name).toBeTruthy();
  expect(article.author[0]!.url).toMatch(/\/author\//);
  expect(article.publisher.name).toBe('أزغار اليوم');
  expect(article.mainEntityOfPage['@id']).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  expect(article.inLanguage).toBe('ar');
  // Three crops (16:9, 4:3, 1:1), each at least 50,000 pixels.
  const ratios = [];
  for (const url of article.image) {
    const image = await request.get(new URL(url).pathname);
    expect(image.ok()).toBe(true);
    const { width, height } = await sharp(await image.body()).metadata();
    expect(width! * height!).toBeGreaterThanOrEqual(50_000);
    ratios.push((width! / height!).toFixed(2));
  }
  expect(ratios).toEqual(['1.78', '1.33', '1.00']);
  const logo = await request.get(new URL(article.publisher.logo.url).pathname);
  const logoMeta = await sharp(await logo.body()).metadata();
  expect(logoMeta.width).toBeLessThanOrEqual(600);
  expect(logoMeta.height).toBeLessThanOrEqual(60);
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item?: string }[] };
  expect(crumbs.itemListElement.map((c) => c.position)).toEqual([1, 2, 3]);
  // The trail's links lead up; the last crumb is this page, whose address the data gives once.
  expect(crumbs.itemListElement.map((c) => Boolean(c.item))).toEqual([true, true, false]);
  expect(JSON.stringify(data).split(article.mainEntityOfPage['@id']).length - 1).toBe(1);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_MA');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /^\d{4}-/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  // X falls back to Open Graph's picture: it is written once.
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
  await expect(page.locator('meta[name^="twitter:image"]')).toHaveCount(0);
});

test('home describes the organisation and the site search; archives their trail', async ({ page }) => {
  await page.goto('/');
  const home = await jsonLd(page);
  expect(home.find((d) => d['@type'] === 'NewsMediaOrganization')).toMatchObject({ name: 'أزغار اليوم' });
  const site = home.find((d) => d['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } };
  expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
  await page.goto('/category/economy');
  const crumbs = (await jsonLd(page)).find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
  expect(crumbs.itemListElement.map((c) => c.name)).toEqual(['الرئيسية', 'اقتصاد']);
});

test('robots.txt, the sitemap index and the feeds are valid and complete', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Disallow: \/search/);
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)![1]!;
  const index = await (await request.get(new URL(sitemapUrl).pathname)).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const maps = parser.parse(index).sitemapindex.sitemap as { loc: string }[];
  expect(maps.map((m) => new URL(m.loc).pathname)).toEqual(
    expect.arrayContaining(['/sitemaps/articles-1.xml', '/sitemaps/news.xml', '/sitemaps/categories.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml']),
  );
  for (const m of maps) {
    const response = await request.get(new URL(m.loc).pathname);
    expect(response.ok(), m.loc).toBe(true);
    expect(XMLValidator.validate(await response.text()), m.loc).toBe(true);
  }
  for (const feed of ['/feed.xml', '/feed/economy.xml']) {
    const response = await request.get(feed);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const channel = parser.parse(await response.text()).rss.channel as { item: { enclosure?: Record<string, string> }[] };
    expect(channel.item.length).toBeGreaterThan(0);
    expect(channel.item.length).toBeLessThanOrEqual(30);
    const enclosures = channel.item.flatMap((i) => (i.enclosure ? [i.enclosure] : []));
    expect(enclosures.length).toBeGreaterThan(0);
    for (const e of enclosures) {
      expect(e['@_type']).toBe('image/jpeg');
      expect(Number(e['@_length'])).toBeGreaterThan(0);
    }
  }
});

test('a headline with </script> and quotes reaches JSON-LD, RSS and the news sitemap intact and inert', async ({ page, browser, request }) => {
  const title = `تجربة </script><script>window.__pwned=1</script> "اقتباس" و'مفرد' ${Date.now().toString(36)}`;
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('العنوان').fill(title);
  await page.getByLabel('نص المقال').fill('نص قصير.');
  await page.getByLabel('القسم').selectOption({ label: 'محليات' });
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page.getByText('نُشر المقال.')).toBeVisible();

  const reader = await browser.newPage();
  const dialogs: string[] = [];
  reader.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await eventually(reader, '/', () => expect(reader.getByRole('main').getByRole('link', { name: title }).first()).toBeVisible({ timeout: 500 }));
  await reader.getByRole('main').getByRole('link', { name: title }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const ld = (await jsonLd(reader)).find((d) => d['@type'] === 'NewsArticle')!;
  expect(ld.headline).toBe(title.length > 110 ? expect.any(String) : title);
  expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await reader.close();

  const rss = parser.parse(await (await request.get('/feed.xml')).text()).rss.channel.item as { title: string }[];
  expect(rss.map((i) => i.title)).toContain(title);
  const news = parser.parse(await (await request.get('/sitemaps/news.xml')).text()).urlset.url as { 'news:news': { 'news:title': string } }[];
  expect(news.map((u) => u['news:news']['news:title'])).toContain(title);
});
