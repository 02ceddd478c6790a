import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { eventually, seededArticle, signIn } from './support/admin';
import { articleByTitle } from './support/db';

const OUTLET_STORY = 'مجلس جهة السهل والواحات يصادق على برنامج استعجالي لتزويد القرى بالماء';

async function siteName(page: Page) {
  return (await page.locator('meta[property="og:site_name"]').getAttribute('content'))!;
}

test('a story taken from another outlet credits that outlet instead of the site', async ({ page }) => {
  const { id } = articleByTitle(OUTLET_STORY)!;
  await page.goto(`/news/${id}/x`);
  const site = await siteName(page);
  const line = page.getByRole('article').getByTestId('source-line');
  await expect(line).toHaveText('صدى الجهة: متابعة');
  await expect(line).not.toContainText(site);

  await page.goto(await seededArticle(page));
  await expect(page.getByRole('article').getByTestId('source-line')).toHaveText(new RegExp(`^${site}: `));
});

test('an editor credits an outlet with a Latin name; it reads as one isolated run in the Arabic line', async ({ page, browser }) => {
  const href = await seededArticle(page, 3);
  const id = href.split('/')[2];
  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel('الجهة المصدر').fill('Sahel Info 24');
  await page.getByLabel('سطر المصدر').fill('متابعة');
  await page.getByRole('button', { name: 'تحديث' }).click();
  await expect(page.getByText('حُفظ المقال.')).toBeVisible();

  const reader = await browser.newPage();
  await eventually(reader, href, () => expect(reader.getByRole('article').getByTestId('source-line')).toHaveText('Sahel Info 24: متابعة', { timeout: 500 }));
  await expect(reader.getByRole('article').getByTestId('source-line').locator('bdi')).toHaveText('Sahel Info 24');

  // Cleared again, the line credits the site.
  await page.getByLabel('الجهة المصدر').fill('');
  await page.getByRole('button', { name: 'تحديث' }).click();
  await expect(page.getByText('حُفظ المقال.')).toBeVisible();
  const site = await siteName(reader);
  await eventually(reader, href, () => expect(reader.getByRole('article').getByTestId('source-line')).toHaveText(`${site}: متابعة`, { timeout: 500 }));
  await reader.close();
});
