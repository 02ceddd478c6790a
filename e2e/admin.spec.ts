import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import sharp from 'sharp';
import { eventually, fillSchedule, signIn } from './support/admin';

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;
const project = () => test.info().project.name;

async function uploadImage(page: Page, alt: string) {
  const png = await sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 30, g: 90, b: 140 } } })
    .png()
    .toBuffer();
  await page.goto('/admin/media');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'رفع صورة' }) });
  // The name lies about the type on purpose: the type comes from the content.
  await form.getByLabel('الملف').setInputFiles({ name: 'photo.gif', mimeType: 'image/gif', buffer: png });
  await form.getByLabel('النص البديل').fill(alt);
  await form.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByText('رُفعت الصورة.')).toBeVisible();
}

async function fillNewArticle(page: Page, a: { title: string; body: string; tag: string; coverAlt?: string }) {
  await page.goto('/admin/articles/new');
  await page.getByLabel('العنوان').fill(a.title);
  await page.getByLabel('نص المقال').fill(a.body);
  await page.getByLabel('القسم').selectOption({ label: 'محليات' });
  await page.getByLabel('الوسوم').fill(`${a.tag}، الماء`);
  if (a.coverAlt) {
    await page.getByRole('button', { name: 'اختيار صورة' }).click();
    const dialog = page.getByRole('dialog', { name: 'مكتبة الوسائط' });
    await dialog.getByLabel('ابحث في الوسائط').fill(a.coverAlt);
    await dialog.getByRole('button', { name: a.coverAlt }).click();
    await expect(page.getByLabel('النص البديل للصورة')).toHaveValue(a.coverAlt);
  }
}

test('an editor uploads an image, writes an article with it, schedules it, then publishes it on the site', async ({ page, browser }) => {
  test.slow(); // an upload, two saves and the reader's view of the result
  await signIn(page, 'editor');
  const alt = unique('صورة مرفوعة للاختبار');
  await uploadImage(page, alt);
  const title = unique('افتتاح مكتبة حي الرياض بعد الترميم');
  const tag = unique('وسم جديد');
  await fillNewArticle(page, { title, body: 'فتحت المكتبة أبوابها صباح اليوم.\n\n## قاعات جديدة\n\nأضيفت قاعة للأطفال.', tag, coverAlt: alt });
  await fillSchedule(page, 60 * 24);
  await page.getByRole('button', { name: 'جدولة' }).click();
  await expect(page.getByText('جُدول المقال وسيُنشر في وقته.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  await expect(page.getByText('الحالة: مجدول')).toBeVisible();
  // The date reads the newsroom's way, whatever the browser's language: a Moroccan month name.
  const month = page.getByRole('group', { name: 'تاريخ ووقت النشر (توقيت الدار البيضاء)' }).getByLabel('الشهر');
  await expect(month.locator('option:checked')).toHaveText(/^(يناير|فبراير|مارس|أبريل|ماي|يونيو|يوليوز|غشت|شتنبر|أكتوبر|نونبر|دجنبر)$/);

  const reader = await browser.newPage();
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);

  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page.getByText('نُشر المقال.')).toBeVisible();
  await eventually(reader, '/', () => expect(reader.getByRole('main').getByRole('link', { name: title }).first()).toBeVisible({ timeout: 500 }));
  await reader.getByRole('main').getByRole('link', { name: title }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.getByRole('img', { name: alt })).toBeVisible();
  await expect(reader.getByRole('link', { name: `#${tag}` })).toBeVisible();
  await reader.close();
});

test('a scheduled article goes live at its time with nothing but the app running', async ({ page, browser }) => {
  test.skip(project() !== 'desktop', 'one run is enough: it waits for the clock');
  test.setTimeout(150_000);
  await signIn(page, 'editor');
  const title = unique('مقال ينشر في وقته المحدد');
  await fillNewArticle(page, { title, body: 'نص قصير ينشر تلقائياً.', tag: unique('جدولة') });
  await fillSchedule(page, 1);
  await page.getByRole('button', { name: 'جدولة' }).click();
  await expect(page.getByText('جُدول المقال وسيُنشر في وقته.')).toBeVisible();
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto('/');
    await expect(reader.getByRole('main').getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 130_000, intervals: [5000] });
  await reader.close();
});

test('an edited headline shows at once on the article, home, category and tag pages', async ({ page, browser }) => {
  test.slow(); // four pages, each polled for the second cache pass
  const reader = await browser.newPage();
  await reader.goto('/');
  const href = (await reader.getByRole('main').locator('a[href^="/news/"]').first().getAttribute('href'))!;
  const id = href.split('/')[2];
  await reader.goto(href);
  const tagHref = (await reader.getByRole('article').getByRole('link', { name: /^#/ }).first().getAttribute('href'))!;
  const categoryHref = (await reader.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link').nth(1).getAttribute('href'))!;

  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const title = unique(`عنوان معدل ${project()}`);
  await page.getByLabel('العنوان').fill(title);
  await page.getByRole('button', { name: 'تحديث' }).click();
  await expect(page.getByText('حُفظ المقال.')).toBeVisible();

  // At once, or within the second pass that lib/cache/refresh.ts makes for renders in flight.
  for (const path of [href, '/', categoryHref, tagHref]) {
    await eventually(reader, path, () => expect(reader.getByRole('main').getByText(title).first(), path).toBeVisible({ timeout: 500 }));
  }
  await reader.close();
});

test('after the first save, the page the editor left holds no second form with the same ids', async ({ page }) => {
  await signIn(page, 'author');
  await page.goto('/admin/articles');
  await page.getByRole('main').getByRole('link', { name: 'مقال جديد' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  const title = unique('مسودة بلا نسخة ثانية');
  await page.getByRole('textbox', { name: 'العنوان' }).fill(title);
  await page.getByRole('textbox', { name: 'نص المقال' }).fill('فقرة واحدة.');
  await page.getByRole('combobox', { name: 'القسم' }).selectOption({ label: 'محليات' });
  await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  await expect(page.getByRole('textbox', { name: 'العنوان' })).toHaveValue(title);
  // The new-article page stays in the document, hidden, for a quick way back; its fields must not
  // share ids (and so labels) with the article now open.
  const repeated = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(repeated).toEqual([]);
  await expect(page.getByRole('textbox', { name: 'الرابط المختصر' })).toHaveCount(1);
});

test('admin pages do not prefetch the public site, which opens as a new document anyway', async ({ page }) => {
  await signIn(page, 'editor');
  const publicFetches: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.resourceType() === 'fetch' && !/^\/(admin|api|_next)\b/.test(path)) publicFetches.push(path);
  });
  for (const path of ['/admin', '/admin/articles?status=PUBLISHED', '/admin/comments']) {
    await page.goto(path);
    await page.mouse.move(5, 5);
    await page.getByRole('link', { name: 'عرض الموقع' }).hover();
    await page.waitForTimeout(1500);
  }
  expect(publicFetches).toEqual([]);
});

test('a failed save keeps the draft and says why', async ({ page }) => {
  await signIn(page, 'author');
  await page.goto('/admin/articles/new');
  // The sidebar marks the section the editor is in, and only that one.
  await expect(page.locator('a[aria-current="page"]', { hasText: 'مقال جديد' }).first()).toBeAttached();
  await expect(page.locator('a[aria-current="page"]', { hasText: 'المقالات' })).toHaveCount(0);
  const body = unique('نص طويل لم يحفظ بعد');
  await page.getByLabel('نص المقال').fill(body);
  await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
  await expect(page.getByText('اكتب عنواناً.')).toBeVisible();
  await expect(page.getByText('اختر قسماً.')).toBeVisible();
  await expect(page.getByLabel('نص المقال')).toHaveText(body);
  await expect(page.getByLabel('العنوان')).toHaveAttribute('aria-invalid', 'true');
});

test('a contributor can submit for review but never publish', async ({ page }) => {
  await signIn(page, 'contributor');
  const title = unique('مقال مساهم');
  await fillNewArticle(page, { title, body: 'نص من مساهم.', tag: 'الشباب' });
  await expect(page.getByRole('button', { name: 'نشر' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'جدولة' })).toHaveCount(0);
  await page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  await expect(page.getByText('الحالة: قيد المراجعة')).toBeVisible();

  // Even a hand-made request to publish is refused by the action itself.
  await page.evaluate(() => {
    const form = document.querySelector('input[name="body"]')!.closest('form')!;
    const forged = document.createElement('button');
    forged.type = 'submit';
    forged.name = 'intent';
    forged.value = 'publish';
    forged.id = 'forged';
    forged.textContent = 'forged';
    form.appendChild(forged);
  });
  await page.locator('#forged').click();
  await expect(page.getByText('ليست لديك صلاحية القيام بهذا.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test("an author cannot open or change someone else's article", async ({ page }) => {
  await signIn(page, 'author');
  await page.goto('/admin/articles');
  // Their list holds only their own work.
  await expect(page.getByRole('status')).toHaveText(/لا مقالات|مقال/);
  await page.goto('/admin/articles/1');
  await expect(page.getByRole('heading', { name: 'غير مسموح' })).toBeVisible();
  await expect(page.getByLabel('العنوان')).toHaveCount(0);
});

test('an author sees no moderation, users or settings', async ({ page }) => {
  await signIn(page, 'author');
  for (const path of ['/admin/comments', '/admin/users', '/admin/settings', '/admin/categories', '/admin/audit']) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(403);
  }
  await page.goto('/admin');
  await expect(page.getByRole('link', { name: 'المستخدمون' })).toHaveCount(0);
});

test("a stranger's wrong passwords slow down only their own address, never the owner", async ({ browser }) => {
  const octet = project() === 'desktop' ? 10 : 20;
  const stranger = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${octet}` } });
  await stranger.goto('/admin/login');
  const attempt = async (page: Page, password: string) => {
    await page.getByLabel('البريد الإلكتروني').fill('throttled@e2e.example');
    await page.getByLabel('كلمة المرور').fill(password);
    await page.getByRole('button', { name: 'دخول' }).click();
    // The answer empties the password field: wait for it before typing the next attempt.
    await expect(page.getByLabel('كلمة المرور')).toHaveValue('');
  };
  for (let i = 0; i < 5; i++) {
    await attempt(stranger, `wrong-${i}`);
    await expect(stranger.getByText('البريد الإلكتروني أو كلمة المرور غير صحيحين.')).toBeVisible();
  }
  // Even the right password waits now, from this address.
  await attempt(stranger, 'e2e-throttled-password');
  await expect(stranger.getByText(/محاولات دخول فاشلة كثيرة. أعد المحاولة بعد/)).toBeVisible();
  await expect(stranger).toHaveURL(/\/admin\/login/);
  await stranger.close();

  const owner = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${octet}` } });
  await owner.goto('/admin/login');
  await owner.getByLabel('البريد الإلكتروني').fill('throttled@e2e.example');
  await owner.getByLabel('كلمة المرور').fill('e2e-throttled-password');
  await owner.getByRole('button', { name: 'دخول' }).click();
  await expect(owner).toHaveURL(/\/admin$/);
  await owner.close();
});

test('moderators approve a pending comment and it appears on its article', async ({ page, browser }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/comments?status=PENDING');
  const first = page.locator('li', { has: page.getByRole('checkbox') }).first();
  const body = (await first.locator('p[dir="auto"]').textContent())!.trim();
  const articleHref = (await first.getByRole('link').first().getAttribute('href'))!;
  await first.getByRole('button', { name: 'قبول' }).click();
  await expect(page.getByText('تم تحديث تعليق واحد.')).toBeVisible();
  const reader = await browser.newPage();
  await eventually(reader, articleHref, () => expect(reader.locator('li[id^="comment-"]', { hasText: body }).first()).toBeVisible({ timeout: 500 }));
  await reader.close();
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'editor');
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
});
