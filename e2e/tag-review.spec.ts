// Tags are public pages: one typed by a contributor or an author waits for an editor, and a tag
// no published article carries answers «not found» (a draft's tags say nothing about the draft).
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { adminActions, bodyOf, callAction } from './support/actions';
import { eventually, signIn, type Account } from './support/admin';
import { articleByTitle, tagNamed } from './support/db';

test.skip(({ isMobile }) => isMobile, 'the same server checks whatever the screen: one run is enough');

const saveArticle = () => adminActions().find((a) => a.name === 'saveArticle')!;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function staff(browser: Browser, who: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

async function write(page: Page, baseURL: string, fields: Record<string, string>) {
  const { status } = await callAction(page.request, saveArticle(), { body: bodyOf('نص المقال'), categoryId: '1', ...fields }, baseURL);
  expect(status).toBeLessThan(400);
  return articleByTitle(fields.title!)!;
}

const tagStatus = async (page: Page, slug: string) => (await page.request.get(`/tag/${encodeURIComponent(slug)}`)).status();

test("a contributor's new tag waits for an editor, and an unused tag is not found", async ({ browser, baseURL }) => {
  const contributor = await staff(browser, 'contributor');
  const name = `وسم مساهم ${unique()}`;
  const draft = await write(contributor, baseURL!, { title: `مقال مساهم ${unique()}`, tags: name, intent: 'review' });
  expect(draft.status).toBe('REVIEW');
  const tag = tagNamed(name)!;
  expect(tag.approved).toBe(0);
  expect(await tagStatus(contributor, tag.slug)).toBe(404);

  // An editor's own tag on a draft is approved, but nothing published carries it yet.
  const editor = await staff(browser, 'editor');
  const editorsTag = `وسم مسودة ${unique()}`;
  await write(editor, baseURL!, { title: `مسودة محرر ${unique()}`, tags: editorsTag, intent: 'save' });
  expect(tagNamed(editorsTag)!.approved).toBe(1);
  expect(await tagStatus(editor, tagNamed(editorsTag)!.slug)).toBe(404);

  // The editor publishes the contributor's article: its tags are approved with it.
  await callAction(
    editor.request,
    saveArticle(),
    {
      id: String(draft.id),
      baseVersion: String(draft.version),
      title: `مقال مساهم منشور ${unique()}`,
      body: bodyOf('نص المقال'),
      categoryId: '1',
      tags: name,
      intent: 'publish',
    },
    baseURL!,
  );
  expect(tagNamed(name)!.approved).toBe(1);
  await eventually(editor, `/tag/${encodeURIComponent(tag.slug)}`, async () => {
    await expect(editor.getByRole('heading', { level: 1 })).toContainText(name);
  });
});

test('an author publishes at once, but a new tag shows only once an editor approves it', async ({ browser, baseURL }) => {
  const author = await staff(browser, 'author');
  const name = `وسم كاتب ${unique()}`;
  const title = `مقال كاتب ${unique()}`;
  const article = await write(author, baseURL!, { title, tags: name, intent: 'publish' });
  expect(article.status).toBe('PUBLISHED');
  const tag = tagNamed(name)!;
  expect(tag.approved).toBe(0);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/news/${article.id}/x`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('link', { name: `#${name}` })).toHaveCount(0);
  expect(await tagStatus(reader, tag.slug)).toBe(404);

  const editor = await staff(browser, 'editor');
  await editor.goto(`/admin/tags?q=${encodeURIComponent(name)}`);
  const card = editor.getByRole('listitem').filter({ hasText: 'بانتظار موافقة محرر' });
  await card.getByRole('button', { name: 'اعتماد الوسم' }).click();
  await expect(editor.getByText('اعتُمد الوسم، وصار ظاهراً للقراء.')).toBeVisible();
  await eventually(reader, `/news/${article.id}/x`, async () => {
    await expect(reader.getByRole('link', { name: `#${name}` })).toBeVisible();
  });
  expect(await tagStatus(reader, tag.slug)).toBe(200);
  await Promise.all([reader.context().close(), editor.context().close()]);
});
