import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { generate } from 'otplib';
import { E2E_ACCOUNTS } from './env';
import { signIn } from './support/admin';

const account = () => (test.info().project.name === 'desktop' ? 'twoFactorDesktop' : 'twoFactorPhone');

async function passwordStep(page: Page) {
  const { email, password } = E2E_ACCOUNTS[account()];
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
}

/** The app's code for the next 30-second step (the current one may be spent already). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test('an editor turns on two-step verification, signs in with the app and with a recovery code, and an admin resets it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, account());
  await page.goto('/admin/account');
  await page.getByRole('button', { name: 'إعداد التحقق بخطوتين' }).click();
  await expect(page.getByRole('img', { name: 'رمز QR لإضافة الحساب إلى تطبيق المصادقة' })).toBeVisible();
  const secret = (await page.locator('code[dir="ltr"]').textContent())!.replace(/\s/g, '');
  await page.getByLabel('الرمز المكوّن من ستة أرقام').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'تأكيد وتفعيل' }).click();
  await expect(page.getByText('فُعّل التحقق بخطوتين.')).toBeVisible();
  const codes = await page.getByRole('list', { name: 'رموز الاسترداد' }).getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  await page.reload();
  await expect(page.getByText(/التحقق بخطوتين مفعّل منذ/)).toBeVisible();
  await expect(page.getByText('رموز الاسترداد المتبقية: 10 من 10.')).toBeVisible();

  // The password alone no longer opens the admin.
  await signOut(page);
  await passwordStep(page);
  await expect(page).toHaveURL(/\/admin\/login\/two-factor$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
  await passwordStep(page);
  await page.getByLabel('الرمز', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'تحقق' }).click();
  await expect(page.getByText(/الرمز غير صحيح أو استُعمل من قبل/)).toBeVisible();
  await page.getByLabel('الرمز', { exact: true }).fill(await nextCode(secret));
  await page.getByRole('button', { name: 'تحقق' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // A recovery code works once.
  await signOut(page);
  await passwordStep(page);
  await page.getByLabel('الرمز', { exact: true }).fill(codes[0]!);
  await page.getByRole('button', { name: 'تحقق' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await passwordStep(page);
  await page.getByLabel('الرمز', { exact: true }).fill(codes[0]!);
  await page.getByRole('button', { name: 'تحقق' }).click();
  await expect(page.getByText(/الرمز غير صحيح أو استُعمل من قبل/)).toBeVisible();
  await page.getByLabel('الرمز', { exact: true }).fill(codes[1]!);
  await page.getByRole('button', { name: 'تحقق' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // Phone lost: an admin resets it, which also ends the editor's sessions.
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/users');
  const card = admin.getByRole('listitem').filter({ hasText: E2E_ACCOUNTS[account()].email });
  await expect(card.getByText('التحقق بخطوتين: مفعّل')).toBeVisible();
  admin.once('dialog', (dialog) => dialog.accept());
  await card.getByRole('button', { name: 'إعادة ضبط التحقق بخطوتين' }).click();
  await expect(card.getByText('أُعيد ضبط التحقق بخطوتين لهذا الحساب.')).toBeVisible();
  await admin.goto('/admin/audit');
  await expect(admin.getByText('أعاد ضبط التحقق بخطوتين لحساب').first()).toBeVisible();
  await admin.close();

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
  await passwordStep(page);
  await expect(page).toHaveURL(/\/admin$/);
});
