// The newsroom editor: a story written, pasted, illustrated and embedded in the rich-text editor,
// published, and read on the site; autosave after a reload; two editors on one article.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startUsing } from './support/first-use';
import sharp from 'sharp';
import { nationalArticles } from '../prisma/seed/content/articles-national';
import { eventually, signIn } from './support/admin';

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;
const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const LOCAL = /^(http:\/\/127\.0\.0\.1|data:|blob:|about:)/;

/** Types at the end of the body, in a new paragraph. */
async function typeParagraph(page: Page, text: string) {
  await body(page).focus();
  await page.keyboard.press('Control+End');
  // ProseMirror learns where the caret went from the page's selectionchange event, a task that a
  // loaded phone can run after the next key (Chrome runs input first); Enter then split the first
  // paragraph, and the text went to its start. The key waits until the page has run its tasks.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

async function paste(target: Locator, data: { html?: string; text: string }) {
  await target.evaluate((el, d) => {
    const transfer = new DataTransfer();
    if (d.html) transfer.setData('text/html', d.html);
    transfer.setData('text/plain', d.text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function tool(page: Page, name: string) {
  await page.getByRole('toolbar', { name: 'أدوات التنسيق' }).getByRole('button', { name, exact: true }).click();
}

test('an editor writes, pastes, illustrates and embeds a story; readers get the same structure and no third party before a click', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const title = unique('سد تاغزوت يستقبل أولى التساقطات');
  await page.getByLabel('العنوان').fill(title);
  await page.getByLabel('القسم').selectOption({ label: 'محليات' });

  // Arabic and French paragraphs; each finds its own direction.
  await body(page).focus();
  await page.keyboard.type('قال مدير الوكالة (Rachid AMZIAN) إن السد استقبل أولى التساقطات.');
  await typeParagraph(page, 'Le directeur a confirmé la nouvelle ce matin.');
  const french = body(page).locator('p', { hasText: 'Le directeur' });
  await expect(french).toHaveAttribute('dir', 'auto');
  expect(await french.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect(
    await body(page)
      .locator('p')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('rtl');

  // A subheading from the toolbar, bold from the keyboard.
  await typeParagraph(page, 'ماذا بعد؟');
  await tool(page, 'عنوان فرعي');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('مهم:');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' الأشغال تستمر.');

  // A 20-paragraph Arabic wire story pasted at once, from a word processor's HTML.
  const wire = Array.from({ length: 20 }, (_, i) => `الفقرة ${i + 1} من برقية الوكالة حول السد والتساقطات.`);
  await page.keyboard.press('Enter');
  await paste(body(page), {
    html: `<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1">${wire.map((p) => `<p dir="rtl" style="font-family:Arial;color:#333"><span style="font-size:11pt">${p}</span></p>`).join('')}</b>`,
    text: wire.join('\n'),
  });
  for (const p of wire) await expect(body(page).locator('p', { hasText: new RegExp(`^${p}$`) })).toHaveCount(1);
  await expect(body(page).locator('span[style], [style*="font"]')).toHaveCount(0);

  // A quote with its source.
  await typeParagraph(page, '«الماء ثروة لا تقدر بثمن»');
  await tool(page, 'اقتباس');
  await body(page).getByLabel('قائل الاقتباس').fill('رئيس الجماعة');

  // An image uploaded on the spot, with its caption and credit.
  await body(page).focus();
  await page.keyboard.press('Control+End');
  await tool(page, 'صورة');
  const picker = page.getByRole('dialog', { name: 'صورة' });
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 110, b: 160 } } })
    .png()
    .toBuffer();
  await picker.getByLabel('الملف').setInputFiles({ name: 'dam.png', mimeType: 'image/png', buffer: png });
  await picker.getByLabel('النص البديل (وصف الصورة لمن لا يراها)').fill('بحيرة سد تاغزوت');
  await picker.getByLabel('التعليق').fill('بحيرة السد صباح اليوم');
  await picker.getByLabel('المصدر').fill('تصوير: هيئة التحرير');
  await picker.getByRole('button', { name: 'رفع وإدراج' }).click();
  await expect(picker).toBeHidden();
  const figure = body(page).locator('[data-figure]');
  await expect(figure.getByLabel('التعليق')).toHaveValue('بحيرة السد صباح اليوم');
  await expect(figure.getByLabel('المصدر')).toHaveValue('تصوير: هيئة التحرير');

  // A YouTube video pasted as a bare address; an X post through the dialog.
  await typeParagraph(page, 'شاهد الفيديو:');
  await page.keyboard.press('Enter');
  await paste(body(page), { text: 'https://youtu.be/dQw4w9WgXcQ' });
  await expect(body(page).locator('[data-embed="youtube"]')).toBeVisible();
  await body(page).locator('[data-embed="youtube"]').getByLabel('تعليق (اختياري)').fill('جولة في محيط السد');
  await tool(page, 'تضمين منشور أو فيديو');
  const embed = page.getByRole('dialog', { name: 'تضمين منشور أو فيديو' });
  await embed.getByLabel('رابط المنشور أو الفيديو').fill('https://example.org/not-a-post');
  await embed.getByRole('button', { name: 'إدراج' }).click();
  await expect(embed.getByText('لا يمكن تضمين هذا الرابط')).toBeVisible();
  await embed.getByLabel('رابط المنشور أو الفيديو').fill('https://twitter.com/azghar_news/status/1806000000000000001?s=20');
  await embed.getByRole('button', { name: 'إدراج' }).click();
  await expect(body(page).locator('[data-embed="x"]')).toContainText('https://x.com/azghar_news/status/1806000000000000001');
  // Inserted after the video whose caption was just typed, not in its place.
  await expect(body(page).locator('[data-embed="youtube"]').getByLabel('تعليق (اختياري)')).toHaveValue('جولة في محيط السد');

  // A table, typed cell by cell.
  await typeParagraph(page, 'حقينة السدود:');
  await tool(page, 'جدول');
  await page.keyboard.type('السد');
  await page.keyboard.press('Tab');
  await page.keyboard.type('النسبة');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('تاغزوت');
  await page.keyboard.press('Tab');
  await page.keyboard.type('41%');
  await page.keyboard.press('Tab');
  await page.getByRole('toolbar', { name: 'أدوات التنسيق' }).getByRole('button', { name: 'حذف العمود' }).click();

  // «اقرأ أيضاً»: another article found by a word of its headline.
  await body(page).focus();
  await page.keyboard.press('Control+End');
  await tool(page, 'اقرأ أيضاً');
  const readAlso = page.getByRole('dialog', { name: 'اقرأ أيضاً' });
  const linkedTitle = nationalArticles[0]!.title;
  await readAlso.getByLabel('ابحث عن مقال بكلمات من عنوانه').fill(linkedTitle.split(' ').slice(0, 3).join(' '));
  await readAlso.getByRole('button', { name: new RegExp(`^${linkedTitle}`) }).click();
  await expect(body(page).locator('[data-read-also]')).toContainText(linkedTitle);

  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page.getByText('نُشر المقال.')).toBeVisible();

  // The reader's page: the same structure, rendered by the site.
  const reader = await browser.newPage();
  const thirdParty: string[] = [];
  reader.on('request', (r) => !LOCAL.test(r.url()) && thirdParty.push(r.url()));
  await eventually(reader, '/category/local', () => expect(reader.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 500 }));
  await reader.goto((await reader.getByRole('link', { name: title }).first().getAttribute('href'))!);
  const article = reader.locator('.prose-article');
  await expect(article.locator('p', { hasText: 'Le directeur' })).toHaveAttribute('dir', 'auto');
  await expect(article.locator('bdi', { hasText: 'Rachid AMZIAN' })).toHaveCount(1);
  await expect(article.getByRole('heading', { level: 2, name: 'ماذا بعد؟' })).toBeVisible();
  await expect(article.locator('strong', { hasText: 'مهم:' })).toBeVisible();
  for (const p of wire) await expect(article.locator('p', { hasText: new RegExp(`^${p}$`) })).toHaveCount(1);
  await expect(article.locator('figure.quote blockquote')).toContainText('الماء ثروة');
  await expect(article.locator('figure.quote cite')).toHaveText('رئيس الجماعة');
  await expect(article.getByRole('img', { name: 'بحيرة سد تاغزوت' })).toBeVisible();
  await expect(article.locator('figure', { has: reader.getByRole('img', { name: 'بحيرة سد تاغزوت' }) }).locator('figcaption')).toContainText(
    'بحيرة السد صباح اليوم',
  );
  await expect(article.locator('figure', { has: reader.getByRole('img', { name: 'بحيرة سد تاغزوت' }) }).locator('figcaption')).toContainText(
    'تصوير: هيئة التحرير',
  );
  await expect(article.locator('table tr')).toHaveCount(3);
  await expect(article.locator('table tr').nth(1)).toContainText('تاغزوت');
  await expect(article.getByRole('complementary', { name: 'اقرأ أيضاً' }).getByRole('link', { name: linkedTitle })).toBeVisible();
  const video = article.locator('figure[data-embed="youtube"]');
  await expect(video).toContainText('جولة في محيط السد');
  await expect(video.getByRole('link', { name: 'شاهد على يوتيوب' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await expect(article.locator('figure[data-embed="x"]').getByRole('link', { name: 'اعرض المنشور على إكس' })).toHaveAttribute(
    'href',
    'https://x.com/azghar_news/status/1806000000000000001',
  );
  await expect(reader.locator('iframe')).toHaveCount(0);
  await reader.waitForLoadState('networkidle');
  expect(thirdParty).toEqual([]);

  // The frame loads on the reader's click, from the provider's privacy-enhanced origin only. The
  // button comes with the framework, on the reader's first use of the page.
  await startUsing(reader);
  await reader.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>video</p>' }));
  await video.getByRole('button', { name: 'اعرض هنا' }).click();
  await expect(video.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?/);
  expect(thirdParty.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
  const articleUrl = reader.url();
  await reader.close();

  // Without JavaScript: the link to the original, no button that would do nothing.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(articleUrl);
  await expect(plain.locator('figure[data-embed="youtube"]').getByRole('link', { name: 'شاهد على يوتيوب' })).toBeVisible();
  await expect(plain.locator('figure[data-embed="youtube"]').getByRole('button')).toHaveCount(0);
  await noScript.close();
});

test('autosave keeps unsaved work on the server and offers it back after a reload; the published article does not change', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const reader = await browser.newPage();
  await reader.goto('/category/sport');
  const href = (await reader.getByRole('main').locator('a[href^="/news/"]').first().getAttribute('href'))!;
  await page.goto(`/admin/articles/${href.split('/')[2]}`);
  const draft = unique('فقرة لم تحفظ بعد');
  await typeParagraph(page, draft);
  await expect(page.getByText(/^تم الحفظ الساعة \d{2}:\d{2}$/)).toBeVisible({ timeout: 15_000 });

  page.on('dialog', (d) => d.accept());
  // The offer's time comes from the server: the page hydrates without a mismatch (React #418)
  // even where the browser's time-zone data differ from the server's.
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.reload();
  await expect(page.getByRole('region', { name: 'عمل غير محفوظ' })).toBeVisible();
  await expect(body(page)).toBeVisible({ timeout: 30_000 });
  await expect(body(page)).not.toContainText(draft);
  await page.getByRole('button', { name: 'استعادته' }).click();
  await expect(body(page)).toContainText(draft);
  expect(pageErrors).toEqual([]);

  await reader.goto(href);
  await expect(reader.locator('.prose-article')).not.toContainText(draft);
  await reader.close();
});

test("two editors on one article: the second save is refused with the first editor's name, merged, and nothing is lost", async ({ browser }) => {
  test.setTimeout(120_000);
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, 'editor');
  await signIn(b, 'admin');
  await a.goto('/category/culture');
  const href = (await a.getByRole('main').locator('a[href^="/news/"]').first().getAttribute('href'))!;
  const edit = `/admin/articles/${href.split('/')[2]}`;
  await Promise.all([a.goto(edit), b.goto(edit)]);

  // A rewrites the first paragraph and saves; B, who opened the same version, adds one at the end.
  const mineA = unique('فقرة أولى بصيغة المحرر الأول');
  await body(a).locator('p').first().click({ clickCount: 3 });
  await a.keyboard.type(mineA);
  await a.getByRole('button', { name: 'تحديث' }).click();
  await expect(a.getByText('حُفظ المقال.')).toBeVisible();

  const mineB = unique('فقرة أضافها المحرر الثاني');
  await typeParagraph(b, mineB);
  await b.getByRole('button', { name: 'تحديث' }).click();
  await expect(b.getByText(/حفظ رئيس التحرير نسخة أحدث من هذا المقال الساعة \d{2}:\d{2}/)).toBeVisible();
  await expect(body(b)).toContainText(mineA);
  await expect(body(b)).toContainText(mineB);
  await b.getByRole('button', { name: 'تحديث' }).click();
  await expect(b.getByText('حُفظ المقال.')).toBeVisible();

  // Both changed the headline: B chooses which one stays.
  const titleA = unique('عنوان المحرر الأول');
  await a.reload();
  await a.getByLabel('العنوان').fill(titleA);
  await a.getByRole('button', { name: 'تحديث' }).click();
  await expect(a.getByText('حُفظ المقال.')).toBeVisible();
  await b.getByLabel('العنوان').fill(unique('عنوان المحرر الثاني'));
  await b.getByRole('button', { name: 'تحديث' }).click();
  const panel = b.getByRole('region', { name: 'قارن واختر' });
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: 'صيغة رئيس التحرير' }).check();
  await panel.getByRole('button', { name: 'اعتماد الاختيارات' }).click();
  await expect(b.getByLabel('العنوان')).toHaveValue(titleA);
  await b.getByRole('button', { name: 'تحديث' }).click();
  await expect(b.getByText('حُفظ المقال.')).toBeVisible();

  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto(href);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(titleA, { timeout: 500 });
    await expect(reader.locator('.prose-article')).toContainText(mineA, { timeout: 500 });
    await expect(reader.locator('.prose-article')).toContainText(mineB, { timeout: 500 });
  }).toPass({ timeout: 20_000, intervals: [1000] });
  await Promise.all([first.close(), second.close(), reader.close()]);
});
