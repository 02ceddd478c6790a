// The dashboard's «آخر العمليات» in the admin's language, inside a phone's width whatever was done.
import { expect, test } from './support/test';
import { adminActions, callAction } from './support/actions';
import { signIn } from './support/admin';
import { approvedComments } from './support/db';

test('recent activity reads as sentences, and a batch of 80 comments stays inside the screen', async ({ page, baseURL }) => {
  await signIn(page, 'editor');
  // Approving comments that are already approved changes nothing readers see.
  const ids = approvedComments(80).map(String);
  const moderate = adminActions().find((a) => a.name === 'moderateComments')!;
  const { body } = await callAction(page.request, moderate, { ids, status: 'APPROVED' }, baseURL!);
  expect(body).toContain('"status":"ok"');

  await page.goto('/admin');
  const activity = page.getByRole('region', { name: 'آخر العمليات' });
  await expect(activity.getByText('قبل تعليقات').first()).toBeVisible();
  await expect(activity.getByText(`${ids.length} عنصراً (التعليق)`).first()).toBeVisible();
  await expect(activity.getByText('سجّل الدخول').first()).toBeVisible();
  await expect(activity).not.toContainText('auth.sign-in');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
