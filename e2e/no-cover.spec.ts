// A story without a picture: the editor is warned before publishing it, and readers get a text
// card (its excerpt where the picture would be), never an empty grey tile.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { adminActions, bodyOf, callAction } from './support/actions';
import { signIn } from './support/admin';
import { articleByTitle } from './support/db';

const saveArticle = () => adminActions().find((a) => a.name === 'saveArticle')!;
/** Boxes kept at a picture's proportions (the grey tiles) that hold no picture. */
const emptyTiles = (page: Page) =>
  page
    .getByRole('main')
    .locator('div')
    .evaluateAll((boxes) => boxes.filter((box) => getComputedStyle(box).aspectRatio !== 'auto' && !box.querySelector('img')).length);

test('a story without a picture gets a text card, and its editor is warned first', async ({ page, browser, baseURL }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const warning = page.getByText('لا صورة لهذا المقال بعد');
  await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: 'نشر', exact: true })).toHaveAccessibleDescription(/لا صورة لهذا المقال بعد/);

  const title = `خبر بلا صورة ${test.info().project.name} ${Date.now()}`;
  const excerpt = 'اجتمع المجلس الجماعي مساء أمس لمناقشة برنامج الإنارة العمومية في الأحياء الجديدة.';
  await callAction(page.request, saveArticle(), { title, excerpt, body: bodyOf('نص الخبر.'), categoryId: '1', intent: 'publish' }, baseURL!);
  const { id } = articleByTitle(title)!;

  const reader = await browser.newPage();
  for (const path of ['/', '/category/local', `/search?q=${encodeURIComponent(title)}`, `/news/${id}/x`]) {
    await reader.goto(path);
    expect(await emptyTiles(reader), path).toBe(0);
  }
  await reader.goto('/category/local');
  const card = reader
    .getByRole('main')
    .getByRole('article')
    .filter({ has: reader.getByRole('heading', { name: title }) });
  await expect(card.getByText(excerpt)).toBeVisible();
  await reader.close();
});
