// An article's earlier texts, stored as the editor's documents: compared word by word with the
// current text, and put back with one button.
import { expect, test } from './support/test';
import { adminActions, bodyOf, callAction } from './support/actions';
import { signIn } from './support/admin';
import { articleByTitle } from './support/db';

const saveArticle = () => adminActions().find((a) => a.name === 'saveArticle')!;

test('an earlier text is shown against the current one and restored', async ({ page, baseURL }) => {
  await signIn(page, 'editor');
  const title = `سوق أسبوعي جديد ${test.info().project.name} ${Date.now()}`;
  const first = 'افتتحت البلدية السوق الأسبوعي الجديد صباح السبت قرب المحطة.';
  const second = 'افتتحت البلدية السوق الأسبوعي الجديد مساء الأحد قرب المحطة.';
  await callAction(page.request, saveArticle(), { title, body: bodyOf(first), categoryId: '1', intent: 'save' }, baseURL!);
  const draft = articleByTitle(title)!;
  const saved = await callAction(
    page.request,
    saveArticle(),
    { id: String(draft.id), baseVersion: String(draft.version), title, body: bodyOf(second), categoryId: '1', intent: 'save' },
    baseURL!,
  );
  expect(saved.body).toContain('"status":"ok"');

  await page.goto(`/admin/articles/${draft.id}/revisions`);
  const revision = page.getByRole('main').getByRole('listitem').first();
  await revision.locator('summary').click();
  await expect(revision.locator('del').first()).toContainText('صباح');
  await expect(revision.locator('ins').first()).toContainText('مساء');
  await revision.getByRole('button', { name: 'استرجاع هذه النسخة' }).click();
  // The restore stores the text it replaces as a new revision, which now heads the list.
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'استُرجعت النسخة.' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);

  await page.goto(`/admin/articles/${draft.id}`);
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toContainText(first);
});
