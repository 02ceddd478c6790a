import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { E2E_ACCOUNTS } from './env';
import { mailCount, nextMailTo } from './support/mailbox';

const account = () => E2E_ACCOUNTS[test.info().project.name === 'desktop' ? 'resetDesktop' : 'resetPhone'];

async function signInWith(page: Page, email: string, password: string) {
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
}

async function askForLink(page: Page, email: string) {
  await page.goto('/admin/login');
  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click();
  await expect(page.getByRole('heading', { name: 'استعادة كلمة المرور' })).toBeVisible();
  // By role: the sign-in page may stay in the document, hidden, after a client-side navigation.
  await page.getByRole('textbox', { name: 'البريد الإلكتروني' }).fill(email);
  await page.getByRole('button', { name: 'أرسل الرابط' }).click();
  return (await page.getByRole('status').textContent())!;
}

test('a forgotten password is reset through the link in the mail, once, and every session ends', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { email, password } = account();
  const newPassword = `new-password-${Date.now()}`;

  // Signed in on another device, which the reset must sign out.
  const elsewhere = await browser.newPage();
  await signInWith(elsewhere, email, password);
  await expect(elsewhere).toHaveURL(/\/admin$/);

  // The same answer whether or not the address has an account, and mail only for the account.
  const nobody = `nobody-${Date.now()}@e2e.example`;
  const answerForNobody = await askForLink(page, nobody);
  const before = await mailCount(email);
  const answer = await askForLink(page, email);
  expect(answer).toBe(answerForNobody);
  expect(answer).toContain('يصلح الرابط مرة واحدة خلال ساعة');
  const mail = await nextMailTo(email, before);
  expect(await mailCount(nobody)).toBe(0);
  expect(mail.subject).toContain('إعادة تعيين كلمة المرور');
  const link = /https?:\/\/\S+\/admin\/password\/reset\/[\w-]+/.exec(mail.text ?? '')![0];
  expect(mail.html).toContain(link);

  // The link from the mail.
  const path = new URL(link).pathname;
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'اختيار كلمة مرور جديدة' })).toBeVisible();
  await page.getByLabel('كلمة المرور الجديدة').fill('short');
  await page.getByRole('button', { name: 'حفظ كلمة المرور' }).click();
  await expect(page.getByText('كلمة المرور قصيرة (12 حرفاً على الأقل).')).toBeVisible();
  await page.getByLabel('كلمة المرور الجديدة').fill(newPassword);
  await page.getByRole('button', { name: 'حفظ كلمة المرور' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?reset=1$/);
  await expect(page.getByText('غُيّرت كلمة المرور وأُنهيت كل جلساتك.', { exact: false })).toBeVisible();

  // Every session ended; the old password is gone; the new one works; the link works once.
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/admin\/login/);
  await elsewhere.close();
  await signInWith(page, email, password);
  await expect(page.getByText('البريد الإلكتروني أو كلمة المرور غير صحيحين.')).toBeVisible();
  await signInWith(page, email, newPassword);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'الرابط غير صالح' })).toBeVisible();
  await expect(page.getByLabel('كلمة المرور الجديدة')).toHaveCount(0);
});
