// A preview of an unpublished article belongs to the signed-in staff member who may edit it, and
// is checked again on every render: the draft-mode cookie Next hands out is the same for everyone
// of a build, so it must open nothing by itself.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { adminActions, bodyOf, callAction } from './support/actions';
import { signIn } from './support/admin';
import { articleByTitle, unpublishedArticles, userIdByEmail } from './support/db';

test.skip(({ isMobile }) => isMobile, 'the same server checks whatever the screen: one run is enough');

const action = (name: string) => adminActions().find((a) => a.name === name)!;
const seeded = (status: string) => unpublishedArticles().find((a) => a.status === status)!;

/** Opens the preview of `id` as the signed-in page; returns the article's address. */
async function preview(page: Page, id: number, title: string) {
  await page.goto(`/api/preview?id=${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('معاينة: هذا المقال غير منشور')).toBeVisible();
  return new URL(page.url()).pathname;
}

async function bypassCookie(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === '__prerender_bypass');
  expect(cookie, 'draft mode is on').toBeTruthy();
  return cookie!;
}

async function expectNothingShown(page: Page, path: string, title: string) {
  const response = await page.goto(path);
  expect(response!.status(), path).toBe(404);
  await expect(page.getByText(title)).toHaveCount(0);
}

async function editorPreviewing(browser: Browser, status: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'editor');
  const article = seeded(status);
  return { page, article, path: await preview(page, article.id, article.title) };
}

test('a copied preview cookie alone shows no unpublished article', async ({ browser }) => {
  const { page, article, path } = await editorPreviewing(browser, 'DRAFT');
  const stranger = await (await browser.newContext()).newPage();
  await stranger.context().addCookies([await bypassCookie(page)]);
  await expectNothingShown(stranger, path, article.title);
});

test('a preview shows only what the signed-in staff member may edit', async ({ browser }) => {
  const editor = await editorPreviewing(browser, 'DRAFT');
  const scheduled = seeded('SCHEDULED');
  const scheduledPath = await preview(editor.page, scheduled.id, scheduled.title);
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, 'contributor');
  await contributor.context().addCookies([await bypassCookie(editor.page)]);
  await expectNothingShown(contributor, editor.path, editor.article.title);
  // An embargoed story stays embargoed.
  await expectNothingShown(contributor, scheduledPath, scheduled.title);
});

test('signing out ends the preview', async ({ browser }) => {
  const { page, article, path } = await editorPreviewing(browser, 'REVIEW');
  await page.goto('/admin');
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await expectNothingShown(page, path, article.title);
});

test('deactivating the account ends its preview', async ({ browser, baseURL }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  const email = `preview${Date.now()}@e2e.example`;
  const password = 'preview-author-password-1';
  await callAction(admin.request, action('createUserAction'), { name: 'كاتب المعاينة', email, role: 'AUTHOR', password }, baseURL!);

  const author = await (await browser.newContext()).newPage();
  await author.goto('/admin/login');
  await author.getByLabel('البريد الإلكتروني').fill(email);
  await author.getByLabel('كلمة المرور').fill(password);
  await author.getByRole('button', { name: 'دخول' }).click();
  await expect(author).toHaveURL(/\/admin$/);
  const title = `مسودة للمعاينة ${Date.now()}`;
  await callAction(author.request, action('saveArticle'), { title, body: bodyOf('نص المسودة'), categoryId: '1', intent: 'save' }, baseURL!);
  const draft = articleByTitle(title)!;
  expect(draft.status).toBe('DRAFT');
  const path = await preview(author, draft.id, title);

  await callAction(admin.request, action('updateUserAccessAction'), { id: String(userIdByEmail(email)), role: 'AUTHOR', active: '' }, baseURL!);
  await expectNothingShown(author, path, title);
});
