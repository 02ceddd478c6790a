import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startUsing } from './support/first-use';
import { formatDateTime } from '../lib/text/dates';
import { commentCreatedAt, commentFlags, commentParent, commentsWithBody, knownCommenterEmails } from './support/db';
import { holdApprovedComments } from './support/commenter';
import { seededArticle, signIn } from './support/admin';

// Each test comes from its own address (the e2e server trusts one proxy hop), so that flood
// control between tests does not mix them up; the flood test uses one address twice on purpose.
let ipCounter = 10;
test.beforeEach(async ({ context }, info) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${ipCounter++ + (info.project.name === 'phone' ? 100 : 0)}` });
});

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openCommentedArticle(page: Page) {
  await page.goto(await seededArticle(page));
  await expect(page.getByRole('heading', { name: 'اترك تعليقاً' })).toBeVisible();
  return page.url();
}

function mainForm(page: Page) {
  return page.locator('#respond ~ form, #respond ~ * form').last();
}

async function fillComment(page: Page, c: { name: string; email: string; body: string; website?: string }) {
  const form = mainForm(page);
  await form.getByLabel('التعليق').fill(c.body);
  await form.getByLabel('الاسم').fill(c.name);
  await form.getByLabel('البريد الإلكتروني').fill(c.email);
  if (c.website) await form.getByLabel('الموقع الإلكتروني').fill(c.website);
  return form;
}

test('the form marks required fields and promises the email stays private', async ({ page }) => {
  await openCommentedArticle(page);
  const form = mainForm(page);
  await expect(form.getByText('الحقول الإلزامية مشار إليها بـ')).toBeVisible();
  await expect(form.getByText('لن يتم نشر عنوان بريدك الإلكتروني.')).toBeVisible();
  // Screen readers hear the note with the field, and each required field says it is required.
  await expect(form.getByLabel('البريد الإلكتروني')).toHaveAccessibleDescription('لن يتم نشر عنوان بريدك الإلكتروني.');
  await expect(form.getByRole('textbox', { name: 'الاسم (إلزامي)' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'الموقع الإلكتروني', exact: true })).toBeVisible();
});

test('a new comment waits for moderation and only its author sees it', async ({ page, browser }) => {
  const url = await openCommentedArticle(page);
  const body = unique('تعليق ينتظر المراجعة');
  const form = await fillComment(page, { name: 'قارئ جديد', email: `${Date.now()}@example.com`, body });
  await page.waitForTimeout(3100); // a human takes a few seconds to write
  const remembered = page.waitForResponse((r) => r.url().endsWith('/api/comments/mine') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  await expect(page.getByText(body).first()).toBeVisible();
  expect(commentsWithBody(body)).toEqual([{ status: 'PENDING', authorName: 'قارئ جديد' }]);
  expect((await remembered).status()).toBe(204);

  await page.reload();
  await expect(page.getByText(body)).toBeVisible();
  // Its time as the published comments show theirs: Casablanca time, written by the server.
  await expect(page.locator('li', { hasText: body }).locator('time')).toHaveText(formatDateTime(commentCreatedAt(body), 'ar'));
  const stranger = await browser.newPage();
  await stranger.goto(url);
  await expect(stranger.getByRole('heading', { name: 'اترك تعليقاً' })).toBeVisible();
  await expect(stranger.getByText(body)).toHaveCount(0);
  await stranger.close();
});

test('a validation error keeps everything typed and points at the field', async ({ page }) => {
  await openCommentedArticle(page);
  const body = unique('نص طويل كتبته بعناية');
  const form = await fillComment(page, { name: 'سلمى', email: 'not-an-email', body, website: 'javascript:alert(1)' });
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  const email = mainForm(page).getByLabel('البريد الإلكتروني');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(mainForm(page).getByText('هذا العنوان لا يبدو بريداً إلكترونياً صحيحاً.')).toBeVisible();
  await expect(mainForm(page).getByText('اكتب عنواناً كاملاً يبدأ بـ https:// أو http://.')).toBeVisible();
  await expect(mainForm(page).getByLabel('التعليق')).toHaveValue(body);
  await expect(mainForm(page).getByLabel('الاسم')).toHaveValue('سلمى');
  await expect(email).toHaveValue('not-an-email');
  expect(commentsWithBody(body)).toEqual([]);
});

test('a refusal is written by the server in the interface language; pages carry no error messages ahead of one', async ({ page }) => {
  const { pathname } = new URL(await openCommentedArticle(page));
  // Sent written out with a refusal only (they were a kilobyte and a half of every article page).
  expect(await (await page.request.get(pathname)).text()).not.toContain('هذا العنوان لا يبدو بريداً إلكترونياً صحيحاً.');
  await page.goto(`/fr${pathname}`);
  const form = mainForm(page);
  await form.getByLabel('Commentaire').fill(unique('Un commentaire en français'));
  await form.getByLabel('Nom').fill('Salma');
  await form.getByLabel('E-mail').fill('pas-une-adresse');
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'Envoyer le commentaire' }).click();
  await expect(mainForm(page).getByText('Cette adresse ne semble pas être une adresse e-mail valide.')).toBeVisible();
  await expect(mainForm(page).getByText('Impossible d’envoyer le commentaire. Vérifiez les champs signalés.')).toBeVisible();
  await expect(mainForm(page).getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
});

test('a known commenter is published at once, for everyone, and replies are threaded', async ({ page, browser, baseURL }) => {
  const [email, replyEmail] = knownCommenterEmails().slice(test.info().project.name === 'phone' ? 0 : 2);
  await holdApprovedComments(page.context(), baseURL!, email!);
  const url = await openCommentedArticle(page);
  const body = unique('تعليق من قارئ معروف');
  const form = await fillComment(page, { name: 'قارئ وفي', email: email!, body });
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('نُشر تعليقك، شكراً لمشاركتك.')).toBeVisible();

  const other = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${test.info().project.name === 'phone' ? 77 : 78}` } });
  await holdApprovedComments(other.context(), baseURL!, replyEmail!);
  await other.goto(url);
  const thread = other.locator('li[id^="comment-"]', { hasText: body });
  await expect(thread).toBeVisible();

  // Reply from another known commenter: «رد» under that comment sets the page's one form to answer it.
  const threadId = (await thread.getAttribute('id'))!.replace('comment-', '');
  const replyBody = unique('رد على التعليق');
  // A reader scrolls down to the comments: the page is alive by the time they tap «رد».
  await startUsing(other);
  await thread.getByRole('link', { name: /رد على قارئ وفي/ }).click();
  const replyForm = mainForm(other);
  await expect(replyForm.getByLabel('ردّاً على')).toHaveValue(threadId);
  await expect(replyForm.getByLabel('التعليق')).toBeFocused();
  await replyForm.getByLabel('التعليق').fill(replyBody);
  await replyForm.getByLabel('الاسم').fill('قارئ يرد');
  await replyForm.getByLabel('البريد الإلكتروني').fill(replyEmail!);
  await other.waitForTimeout(3100);
  await replyForm.getByRole('button', { name: 'أرسل الرد' }).click();
  await expect(other.getByText('نُشر تعليقك، شكراً لمشاركتك.')).toBeVisible();
  await other.reload();
  await expect(other.locator('li[id^="comment-"]', { hasText: body }).locator('ol li', { hasText: replyBody })).toBeVisible();
  await other.close();
});

test('typing the email of a known commenter is not enough: the comment waits for a moderator', async ({ page }) => {
  const email = knownCommenterEmails()[test.info().project.name === 'phone' ? 6 : 7]!;
  await openCommentedArticle(page);
  const body = unique('تعليق بانتحال بريد قارئ معروف');
  const form = await fillComment(page, { name: 'منتحل', email, body });
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  expect(commentsWithBody(body)).toEqual([{ status: 'PENDING', authorName: 'منتحل' }]);
});

test('a newsroom email typed by a visitor waits for moderation, flagged for the moderator', async ({ page, browser }) => {
  await openCommentedArticle(page);
  const body = unique('بيان رسمي من هيئة التحرير');
  const form = await fillComment(page, { name: 'هيئة التحرير', email: 'Editor@azghar-today.example', body });
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  expect(commentFlags(body)).toEqual([{ status: 'PENDING', flag: 'STAFF_EMAIL' }]);

  const moderator = await browser.newPage();
  await signIn(moderator, 'editor');
  await moderator.goto('/admin/comments');
  const held = moderator.getByRole('listitem').filter({ hasText: body });
  await expect(held.getByText('بريد أحد أعضاء فريق التحرير، كتبه زائر لم يسجّل الدخول بهذا الحساب')).toBeVisible();
  await moderator.close();
});

test('once a moderator approves a comment, the same browser comments at once, and only it', async ({ page, browser }) => {
  // Three posts with the form's minimum fill time and the flood interval between them.
  test.setTimeout(150_000);
  const email = `returning${Date.now()}@example.com`;
  const url = await openCommentedArticle(page);
  const first = unique('أول تعليق لقارئ جديد');
  const form = await fillComment(page, { name: 'قارئ عائد', email, body: first });
  await page.waitForTimeout(3100);
  const remembered = page.waitForResponse((r) => r.url().endsWith('/api/comments/mine') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  expect((await remembered).status()).toBe(204);

  const moderator = await browser.newPage();
  await signIn(moderator, 'editor');
  await moderator.goto('/admin/comments');
  await moderator.getByRole('listitem').filter({ hasText: first }).getByRole('button', { name: 'قبول' }).click();
  await expect(moderator.getByText('تم تحديث تعليق واحد.')).toBeVisible();
  await moderator.close();

  await page.goto(url);
  await page.waitForTimeout(15_000); // flood control: one comment per 15 seconds per email
  const second = unique('تعليق ثان من القارئ العائد');
  const again = await fillComment(page, { name: 'قارئ عائد', email, body: second });
  await page.waitForTimeout(3100);
  await again.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('نُشر تعليقك، شكراً لمشاركتك.')).toBeVisible();
  expect(commentsWithBody(second)).toEqual([{ status: 'APPROVED', authorName: 'قارئ عائد' }]);

  // Another browser, same email: nothing proves it is the same person. (Flood control counts the
  // email, so it too waits out the interval.)
  await page.waitForTimeout(15_000);
  const stranger = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${test.info().project.name === 'phone' ? 91 : 92}` } });
  await stranger.goto(url);
  const third = unique('تعليق من متصفح آخر بالبريد نفسه');
  const strangerForm = await fillComment(stranger, { name: 'قارئ عائد', email, body: third });
  await stranger.waitForTimeout(3100);
  await strangerForm.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(stranger.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  expect(commentsWithBody(third)).toEqual([{ status: 'PENDING', authorName: 'قارئ عائد' }]);
  await stranger.close();
});

test('markup and scripts in a comment are shown as text and never run', async ({ page, baseURL }) => {
  const email = knownCommenterEmails()[test.info().project.name === 'phone' ? 4 : 5]!;
  await holdApprovedComments(page.context(), baseURL!, email);
  await openCommentedArticle(page);
  const marker = unique('xss');
  const payload = `${marker} <img src=x onerror="window.__xss=1"><script>window.__xss=1</script><a href="javascript:window.__xss=1">اضغط</a>`;
  const name = '<b onmouseover="window.__xss=1">محمد</b>\u202Eabc';
  const form = await fillComment(page, { name, email, body: payload });
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('نُشر تعليقك، شكراً لمشاركتك.')).toBeVisible();
  await page.reload();
  const comment = page.locator('li[id^="comment-"]', { hasText: marker });
  await expect(comment).toContainText('<script>window.__xss=1</script>');
  await expect(comment).toContainText('<b onmouseover="window.__xss=1">محمد</b>abc');
  expect(await comment.locator('script, img, b, a[href^="javascript"]').count()).toBe(0);
  await comment.hover();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a second quick comment gets the flood-control message and keeps its text', async ({ page }) => {
  await openCommentedArticle(page);
  const first = await fillComment(page, { name: 'مستعجل', email: `flood${Date.now()}@example.com`, body: unique('أول تعليق') });
  await page.waitForTimeout(3100);
  await first.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  const secondBody = unique('ثاني تعليق بسرعة');
  const second = await fillComment(page, { name: 'مستعجل', email: `flood2${Date.now()}@example.com`, body: secondBody });
  await page.waitForTimeout(3100);
  await second.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('أرسلت تعليقاً قبل لحظات. انتظر 15 ثانية قبل التعليق مرة أخرى.')).toBeVisible();
  await expect(mainForm(page).getByLabel('التعليق')).toHaveValue(secondBody);
  expect(commentsWithBody(secondBody)).toEqual([]);
});

test('a bot that fills the hidden field is told it worked, and nothing is stored', async ({ page }) => {
  await openCommentedArticle(page);
  const body = unique('رسالة آلية');
  const form = await fillComment(page, { name: 'bot', email: `bot${Date.now()}@example.com`, body });
  await form.locator('input[name="company"]').evaluate((el) => ((el as HTMLInputElement).value = 'Spam Inc'));
  await page.waitForTimeout(3100);
  await form.getByRole('button', { name: 'أرسل التعليق' }).click();
  await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
  expect(commentsWithBody(body)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a comment posts and an error keeps the text', async ({ page }) => {
    await page.goto(await seededArticle(page, 1));
    const body = unique('تعليق بدون جافاسكربت');
    let form = await fillComment(page, { name: 'قارئ', email: 'wrong', body });
    await form.getByRole('button', { name: 'أرسل التعليق' }).click();
    await expect(page.getByText('هذا العنوان لا يبدو بريداً إلكترونياً صحيحاً.')).toBeVisible();
    await expect(mainForm(page).getByLabel('التعليق')).toHaveValue(body);
    form = mainForm(page);
    await form.getByLabel('البريد الإلكتروني').fill(`nojs${Date.now()}@example.com`);
    await form.getByRole('button', { name: 'أرسل التعليق' }).click();
    await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
    expect(commentsWithBody(body)).toEqual([{ status: 'PENDING', authorName: 'قارئ' }]);
  });

  test('a reply chooses its thread in the form, and a refused reply keeps it', async ({ page }) => {
    await openCommentedArticle(page);
    const thread = page.locator('#comments ol > li[id^="comment-"]').first();
    const threadId = (await thread.getAttribute('id'))!.replace('comment-', '');
    await thread.getByRole('link', { name: /^رد/ }).click();
    await expect(page).toHaveURL(/#respond$/);
    let form = mainForm(page);
    await form.getByLabel('ردّاً على').selectOption(threadId);
    const body = unique('رد بدون جافاسكربت');
    await fillComment(page, { name: 'قارئ يرد', email: 'wrong', body });
    await form.getByRole('button', { name: 'أرسل التعليق' }).click();
    await expect(page.getByText('هذا العنوان لا يبدو بريداً إلكترونياً صحيحاً.')).toBeVisible();
    form = mainForm(page);
    await expect(form.getByLabel('ردّاً على')).toHaveValue(threadId);
    await expect(form.getByLabel('التعليق')).toHaveValue(body);
    await form.getByLabel('البريد الإلكتروني').fill(`nojsreply${Date.now()}@example.com`);
    await form.getByRole('button', { name: 'أرسل الرد' }).click();
    await expect(page.getByText('تعليقك في انتظار المراجعة').first()).toBeVisible();
    expect(commentParent(body)).toBe(Number(threadId));
  });
});

test("another site cannot plant a comment in a reader's view of their own comments", async ({ request, baseURL }) => {
  const mine = `${baseURL}/api/comments/mine`;
  // A form on another site posts url-encoded data, with its own origin.
  const fromForm = await request.post(mine, { form: { receipt: 'x' }, headers: { Origin: 'https://elsewhere.example' } });
  expect(fromForm.status()).toBe(403);
  const crossOrigin = await request.post(mine, { data: { receipt: 'x' }, headers: { Origin: 'https://elsewhere.example', 'Sec-Fetch-Site': 'cross-site' } });
  expect(crossOrigin.status()).toBe(403);
  // A receipt is signed by the server; a made-up one is refused and sets nothing.
  const forged = await request.post(mine, { data: { receipt: 'comment:1.forged' }, headers: { Origin: new URL(mine).origin } });
  expect(forged.status()).toBe(400);
  expect(forged.headers()['set-cookie']).toBeUndefined();
});
