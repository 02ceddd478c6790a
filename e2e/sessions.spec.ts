import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { E2E_ACCOUNTS } from './env';
import { auditActionsOf, deleteSessionsOf, idleSessionsOf, sessionsOf } from './support/db';

// One account per project: the phone and desktop runs share the server, and this journey signs
// its account out everywhere.
const account = () => E2E_ACCOUNTS[test.info().project.name === 'desktop' ? 'sessionsDesktop' : 'sessionsPhone'];

const FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function signIn(page: Page) {
  const { email, password } = account();
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** Another browser, signed in to the account: its own User-Agent, and its own address (the tests stand in for the proxy). */
async function elsewhere(browser: Browser, userAgent: string, address: string) {
  const context = await browser.newContext({ userAgent, extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

async function expectSignedOut(page: Page) {
  await page.goto('/admin/articles');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Farticles$/);
}

test.beforeEach(() => deleteSessionsOf(account().email));

test('the account page lists every browser signed in, marks this one, and signs the others out', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const audited = auditActionsOf(account().email).length;
  await signIn(page);
  const firefox = await elsewhere(browser, FIREFOX, '203.0.113.24');
  const iphone = await elsewhere(browser, IPHONE, '198.51.100.80');

  await page.goto('/admin/account');
  const list = page.getByRole('list', { name: 'الأجهزة المتصلة بحسابك' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(3);
  // This device first, named from its own User-Agent (both projects run Chrome), and marked.
  await expect(items.first()).toContainText('Chrome');
  await expect(items.first()).toContainText(test.info().project.name === 'desktop' ? 'Windows' : 'Android');
  await expect(items.first().getByText('هذا الجهاز', { exact: true })).toBeVisible();
  await expect(items.first().getByRole('button', { name: 'إنهاء هذه الجلسة' })).toHaveCount(0);
  const firefoxItem = items.filter({ hasText: 'Firefox 128' });
  await expect(firefoxItem).toContainText('macOS Sonoma');
  await expect(firefoxItem).toContainText('حاسوب');
  await expect(firefoxItem).toContainText('203.0.113.24');
  await expect(firefoxItem.getByText('هذا الجهاز')).toHaveCount(0);
  const iphoneItem = items.filter({ hasText: 'Safari 17' });
  await expect(iphoneItem).toContainText('iOS 17.5');
  await expect(iphoneItem).toContainText('هاتف');
  await expect(iphoneItem).toContainText('198.51.100.80');
  // Dates as the rest of the admin shows them (Casablanca time, Western digits).
  await expect(iphoneItem.locator('time').first()).toHaveText(/^\S+ \d{1,2} \S+ \d{4} - \d{2}:\d{2}$/);

  // One other session ends; that browser is back at sign-in on its next admin page.
  await firefoxItem.getByRole('button', { name: 'إنهاء هذه الجلسة' }).click();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Firefox' })).toHaveCount(0);
  await expectSignedOut(firefox);
  await iphone.goto('/admin/articles');
  await expect(iphone).toHaveURL(/\/admin\/articles$/);

  // Every other session ends, this one stays.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'تسجيل الخروج من كل الأجهزة الأخرى' }).click();
  await expect(page.getByText('لا جلسة مفتوحة لحسابك على جهاز آخر.')).toBeVisible();
  await expect(items).toHaveCount(1);
  await expectSignedOut(iphone);
  await page.goto('/admin/articles');
  await expect(page).toHaveURL(/\/admin\/articles$/);
  expect(sessionsOf(account().email)).toHaveLength(1);
  expect(
    auditActionsOf(account().email)
      .slice(audited)
      .filter((a) => a.startsWith('auth.session')),
  ).toEqual(['auth.session-end', 'auth.sessions-end-others']);
  await firefox.context().close();
  await iphone.context().close();
});

test('a session left idle longer than SESSION_IDLE_HOURS is refused and ended', async ({ browser }) => {
  const idle = await elsewhere(browser, FIREFOX, '203.0.113.25');
  // Eleven hours without a request: still open (the default idle timeout is twelve).
  expect(idleSessionsOf(account().email, FIREFOX, 11)).toBe(1);
  await idle.goto('/admin/articles');
  await expect(idle).toHaveURL(/\/admin\/articles$/);
  // That request was recorded; thirteen hours later it is not accepted.
  expect(Date.now() - Date.parse(sessionsOf(account().email)[0]!.lastSeenAt)).toBeLessThan(60_000);
  expect(idleSessionsOf(account().email, FIREFOX, 13)).toBe(1);
  await expectSignedOut(idle);
  expect(sessionsOf(account().email)).toEqual([]);
  await idle.context().close();
});
