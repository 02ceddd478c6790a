import { expect, test } from './support/test';
import { seededArticle, signIn } from './support/admin';

test.skip(() => test.info().project.name !== 'desktop', 'headers are the same on every screen');

const SHARED = /^s-maxage=\d+, stale-while-revalidate=\d+$|^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/;
const PRIVATE = /private.*no-store|no-store.*private/;

test('public pages and feeds let a CDN keep them, search results for a minute; staff, sign-in and personal answers are private', async ({ page, request }) => {
  const article = await seededArticle(page);
  for (const path of ['/', article, '/category/economy', '/author/hamza-idrissi', '/fr', '/feed.xml', '/sitemap.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toMatch(SHARED);
  }
  // Results by query, dropped by any article write before the minute is out.
  const search = await request.get('/search?q=ماء');
  expect(search.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60');
  expect(search.headers().xkey).toContain('search');
  for (const path of ['/admin', '/admin/login', '/api/comments/mine']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['cache-control'], path).toMatch(PRIVATE);
  }
});

test('a signed-in editor and a returning commenter get the same cached article as everybody', async ({ page, browser }) => {
  const article = await seededArticle(page);
  const anonymous = await browser.newPage();
  // Readers get it from the server's page store.
  await expect.poll(async () => (await anonymous.goto(article))!.headers()['x-page-store']).toBe('HIT');
  await anonymous.close();

  await signIn(page, 'editor');
  await page.context().addCookies([{ name: 'my_comments', value: 'anything', url: page.url() }]);
  // Staff pass by the page store to Next, whose cached page is the readers' one: a page made for
  // one visitor would never be a cache hit (other journeys publishing meanwhile may expire it
  // once, hence the retries).
  await expect.poll(async () => (await page.goto(article))!.headers()['x-nextjs-cache']).toBe('HIT');
  expect((await page.goto(article))!.headers()['cache-control']).toMatch(SHARED);
});
