// A WordPress site moving in: the shared fixture (WordPress 6.1.9's own export) was imported into
// an empty database before the build; readers find its articles, comments and old addresses.
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/test';
import { signIn } from '../support/admin';
import { importArgs, WORDPRESS_DATA_DIR, wordpressEnv } from './env';

function articleId(slug: string): number {
  const db = new Database(`${WORDPRESS_DATA_DIR}/portal.db`, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM Article WHERE slug = ?').get(slug) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Follows one hop: the answer must be a 301 whose target answers 200. */
async function expectMoved(request: APIRequestContext, from: string, to: string | RegExp) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(301);
  const location = new URL(response.headers().location!, 'http://x').pathname + new URL(response.headers().location!, 'http://x').search;
  if (typeof to === 'string') expect(decodeURI(location), from).toBe(decodeURI(to));
  else expect(location, from).toMatch(to);
  const target = await request.get(location, { maxRedirects: 0 });
  expect(target.status(), `${from} -> ${location}`).toBe(200);
}

test('the Gutenberg post keeps its structure on its public page', async ({ page }) => {
  await page.goto(`/news/${articleId('port-expansion-phase-two')}/port-expansion-phase-two`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('انطلاق المرحلة الثانية من توسعة الميناء: ما الذي سيتغير؟');
  const body = page.locator('.prose-article');
  await expect(body.getByRole('img', { name: 'رافعات على الرصيف الجديد للميناء' })).toBeVisible();
  await expect(body).toContainText('الرصيف الجديد قيد الإنجاز (صورة أرشيفية)');
  await expect(body.getByRole('heading', { level: 2, name: 'ما الذي تتضمنه المرحلة الثانية؟' })).toBeVisible();
  await expect(body.getByRole('listitem')).toHaveText(['رصيف جديد بطول 1.2 كيلومتر', 'منطقة لوجستية على مساحة 40 هكتاراً', 'ربط سككي مع المنطقة الصناعية']);
  await expect(body.locator('blockquote')).toContainText('«المشروع سيوفر أكثر من ألفي منصب شغل مباشر خلال فترة الإنجاز»');
  await expect(body.locator('figure.quote figcaption cite')).toHaveText('مدير المشروع');
  // Embeds: a placeholder with the caption and a link to the original (the frame loads on a click).
  const video = body.locator('figure[data-embed="youtube"]');
  await expect(video).toContainText('جولة مصورة في الورش');
  await expect(video.locator('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]')).toHaveText('شاهد على يوتيوب');
  await expect(body.locator('figure[data-embed="x"] a[href="https://x.com/example/status/1806000000000000000"]')).toBeVisible();
  // The gallery's two images.
  await expect(body.getByRole('img', { name: 'حاويات مصففة في المنطقة اللوجستية' })).toBeVisible();
  await expect(body.getByRole('img', { name: 'اجتماع لجنة التتبع' })).toBeVisible();
  // The link to another post of the old site goes to its new page.
  await body.getByRole('link', { name: 'المجلس يصادق على الميزانية' }).click();
  await expect(page).toHaveURL(new RegExp(`/news/${articleId('council-approves-budget')}/council-approves-budget$`));
});

test('the classic post keeps its captioned image and its embeds', async ({ page }) => {
  await page.goto(`/news/${articleId('weekly-market-prices')}/weekly-market-prices`);
  const body = page.locator('.prose-article');
  await expect(body.getByRole('img', { name: 'السوق الأسبوعي صباح الأحد' })).toBeVisible();
  await expect(body.getByText('السوق الأسبوعي صباح الأحد', { exact: true })).toBeVisible();
  await expect(body.locator('a[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]')).toBeVisible();
  await expect(body.locator('a[href="https://www.facebook.com/watch?v=1234567890123456"]')).toBeVisible();
  await expect(body.locator('strong')).toHaveText('ملاحظة:');
  // Its featured image is the cover.
  await expect(page.locator('article figure img').first()).toHaveAttribute('alt', 'السوق الأسبوعي صباح الأحد');
});

test('comments come with their threads; the pending one is not shown', async ({ page }) => {
  await page.goto(`/news/${articleId('port-expansion-phase-two')}/port-expansion-phase-two`);
  const comments = page.locator('#comments');
  await expect(comments.getByRole('heading', { level: 2 })).toHaveText('4 تعليقات');
  const threads = comments.locator('> ol > li');
  await expect(threads).toHaveCount(2);
  const first = threads.nth(0);
  await expect(first).toContainText('مشروع مهم للمنطقة');
  const replies = first.locator('ol > li');
  await expect(replies).toHaveCount(2);
  await expect(replies.nth(0)).toContainText('متى ستنتهي الأشغال؟');
  await expect(replies.nth(1)).toContainText('حسب الإدارة، نهاية 2028.');
  await expect(replies.nth(1)).toContainText('ردّاً على Fatima Z.');
  await expect(replies.nth(1)).toContainText('فريق التحرير');
  await expect(comments).not.toContainText('تعليق ينتظر المراجعة');
});

test('the scheduled post is not public before its date', async ({ request }) => {
  const id = articleId('festival-program-announced');
  expect((await request.get(`/news/${id}/festival-program-announced`)).status()).toBe(404);
  const moved = await request.get('/?p=42', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect((await request.get(moved.headers().location!)).status()).toBe(404);
});

test('every kind of old address answers 301 and its target 200', async ({ request }) => {
  const post = `/news/${articleId('port-expansion-phase-two')}/port-expansion-phase-two`;
  const arabicAttachment = '/port-expansion-phase-two/%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%a7%d9%84%d8%b1%d8%b5%d9%8a%d9%81-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af';
  const cases: [string, string | RegExp][] = [
    ['/port-expansion-phase-two', post],
    ['/2026/06/27/port-expansion-phase-two', post],
    ['/economy/port-expansion-phase-two', post],
    ['/port-expansion-phase-two/2', post],
    ['/?p=35', post],
    ['/?page_id=46', '/advertise'],
    ['/contact-us/advertise', '/advertise'],
    ['/category/region/nador-city', '/category/nador-city'],
    ['/category/region/nador-city/page/2', '/category/nador-city'],
    ['/category/economy', '/category/economy'],
    ['/tag/%d8%a7%d9%84%d9%85%d9%8a%d9%86%d8%a7%d8%a1', '/tag/%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1'],
    ['/author/salma', '/author/salma'],
    ['/?author=5', '/author/salma'],
    ['/feed', '/feed.xml'],
    ['/category/economy/feed', '/feed/economy.xml'],
    [arabicAttachment, post],
    ['/%d8%b3%d9%88%d9%82-%d8%a3%d8%b3%d8%a8%d9%88%d8%b9%d9%8a', /^\/media\/[\w-]+\/960\.webp$/],
    ['/wp-content/uploads/2026/06/photo1.jpg', /^\/media\/[\w-]+\/960\.webp$/],
    ['/wp-content/uploads/2026/06/photo1-1024x576.jpg', /^\/media\/[\w-]+\/960\.webp$/],
    ['/?s=%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1', '/search?q=%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1'],
  ];
  for (const [old, target] of cases) {
    // The same address with a trailing slash (WordPress's own form) goes to the same place.
    for (const address of old.includes('?') ? [old] : [old, `${old}/`]) {
      // The portal's own addresses (same slug as on WordPress) answer themselves without the slash.
      if (['/category/economy', '/author/salma', '/tag/%d8%a7%d9%84%d9%85%d9%8a%d9%86%d8%a7%d8%a1'].includes(address)) {
        expect((await request.get(address, { maxRedirects: 0 })).status(), address).toBe(200);
        continue;
      }
      if (address === '/category/region/nador-city/page/2' || address === '/category/region/nador-city/page/2/') {
        // Only one article in the section: its second page does not exist, the first does.
        const r = await request.get(address, { maxRedirects: 0 });
        expect(r.status(), address).toBe(301);
        expect(r.headers().location).toContain('/category/nador-city/page/2');
        continue;
      }
      await expectMoved(request, address, target);
    }
  }
  // Percent-encoding in capitals, as some links carry it, finds the same redirect.
  await expectMoved(request, arabicAttachment.toUpperCase().replace('/PORT-EXPANSION-PHASE-TWO/', '/port-expansion-phase-two/'), post);
  // An address nobody had stays a 404.
  expect((await request.get('/no-such-old-post/', { maxRedirects: 5 })).status()).toBe(404);
});

test('imported articles are in search, the feed, the sitemap and related articles at once', async ({ request, page }) => {
  const search = await (await request.get(`/search?q=${encodeURIComponent('توسعة الميناء')}`)).text();
  expect(search).toContain(`href="/news/${articleId('port-expansion-phase-two')}/port-expansion-phase-two"`);
  expect(search, 'no image address in the snippet').not.toMatch(/\/media\/\d{4} \d{2}/);
  expect(await (await request.get('/feed.xml')).text()).toContain(`/news/${articleId('neighbourhood-pitch-renovated')}/neighbourhood-pitch-renovated`);
  const index = await (await request.get('/sitemap.xml')).text();
  const articles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).find((p) => p.includes('article'))!;
  expect(await (await request.get(articles)).text()).toContain(`/news/${articleId('port-expansion-phase-two')}/port-expansion-phase-two`);
  await page.goto(`/news/${articleId('heatwave-expected')}/heatwave-expected`);
  await expect(page.getByRole('complementary').or(page.locator('aside')).first().locator('a[href^="/news/"]').first()).toBeVisible();
});

test('an editor sees the redirects in the admin and can add one', async ({ page, request }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/redirects?q=nador-city');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تحويل الروابط القديمة');
  await expect(page.locator('input[name="source"][value="/category/region/nador-city"]')).toBeVisible();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'إضافة تحويل' }) });
  await form.getByLabel('الرابط القديم').fill('/old-campaign/');
  await form.getByLabel('العنوان الجديد').fill('/category/economy');
  await form.getByRole('button', { name: 'إضافة تحويل' }).click();
  await expect(page.getByText('حُفظ التحويل.')).toBeVisible();
  await expectMoved(request, '/old-campaign/', '/category/economy');
  // The portal's own address cannot be taken by a redirect.
  await form.getByLabel('الرابط القديم').fill('/category/economy');
  await form.getByLabel('العنوان الجديد').fill('/');
  await form.getByRole('button', { name: 'إضافة تحويل' }).click();
  await expect(page.getByText('هذا عنوان صفحة في هذا الموقع نفسه')).toBeVisible();
});

test('a second import changes nothing', async () => {
  const output = execFileSync('node_modules/.bin/tsx', importArgs, {
    env: { ...process.env, ...wordpressEnv, REFRESH_URL: `http://127.0.0.1:${wordpressEnv.PORT}` },
    encoding: 'utf8',
  });
  for (const kind of ['authors', 'categories', 'tags', 'media', 'posts', 'pages', 'comments', 'redirects']) {
    expect(output, output).toMatch(new RegExp(`^${kind}\\s+0\\s+0\\s+\\d+\\s+0$`, 'm'));
  }
});
