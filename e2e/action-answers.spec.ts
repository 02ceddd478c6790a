// A refused admin form comes back with what was typed, so that nothing is lost; never with a
// password or a file (the answer is readable by the page's scripts, and kept by caches and logs).
import { expect, test } from './support/test';
import { adminActions, callAction } from './support/actions';
import { signIn } from './support/admin';

test.skip(({ isMobile }) => isMobile, 'the same server answers whatever the screen: one run is enough');

const action = (name: string) => adminActions().find((a) => a.name === name)!;

test('a refused form never sends back a password or an uploaded file', async ({ page, baseURL }) => {
  await signIn(page, 'admin');
  const password = 'echo-check-new-user-password-7f3a';
  const created = await callAction(page.request, action('createUserAction'), { name: 'حساب مرفوض', email: 'not-an-email', role: 'AUTHOR', password }, baseURL!);
  expect(created.body).toContain('"emailInvalid"');
  expect(created.body).toContain('حساب مرفوض');
  expect(created.body).not.toContain(password);

  const current = 'echo-check-current-password-91c2';
  const tooShort = 'short-9d1';
  const changed = await callAction(page.request, action('changePasswordAction'), { currentPassword: current, newPassword: tooShort }, baseURL!);
  expect(changed.body).toContain('"passwordTooShort"');
  expect(changed.body).not.toContain(current);
  expect(changed.body).not.toContain(tooShort);

  const marker = 'file-content-that-must-not-come-back';
  const upload = await callAction(page.request, action('uploadMedia'), { file: new Blob([marker], { type: 'image/png' }), alt: 'ن'.repeat(300) }, baseURL!);
  expect(upload.body).toContain('"tooLong"');
  expect(upload.body).not.toContain(marker);
});
