import { expect, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from '../env';

export type Account = keyof typeof E2E_ACCOUNTS;

export async function signIn(page: Page, who: Account) {
  const { email, password } = E2E_ACCOUNTS[who];
  await page.goto('/admin/login');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A datetime-local value (Casablanca time) `minutes` from now. */
export function casablancaLocal(minutesFromNow: number): string {
  const d = new Date(Date.now() + minutesFromNow * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Africa/Casablanca',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Fills the editor's publication date (day, month, year, hour, minute) `minutes` from now. */
export async function fillSchedule(page: Page, minutesFromNow: number) {
  const [date, time] = casablancaLocal(minutesFromNow).split('T') as [string, string];
  const [year, month, day] = date.split('-');
  const [hour, minute] = time.split(':');
  const group = page.getByRole('group', { name: 'تاريخ ووقت النشر (توقيت الدار البيضاء)' });
  await group.getByLabel('اليوم').fill(String(Number(day)));
  await group.getByLabel('الشهر').selectOption(String(Number(month)));
  await group.getByLabel('السنة').fill(year!);
  await group.getByLabel('الساعة').fill(hour!);
  await group.getByLabel('الدقيقة').fill(minute!);
}

/** A seeded article with a cover, tags and a long body: the admin journeys publish their own
 *  short articles in «محليات», so readers' journeys start from another section. */
export async function seededArticle(page: Page, nth = 0): Promise<string> {
  await page.goto('/category/economy');
  const href = (await page.getByRole('main').locator('a[href^="/news/"]').nth(nth).getAttribute('href'))!;
  // Links write Arabic slugs as letters; the address bar and the server's own links encode them.
  return new URL(href, 'http://x').pathname;
}

/**
 * Loads `path` until `check` passes: a write is visible at once, or after the second cache pass
 * (lib/cache/refresh.ts). Counted in loads, not seconds: on a loaded machine one load of a page
 * just rendered again can take five seconds (seen in a full run), which says nothing about
 * whether the page is fresh; a page that is stale stays stale over every load.
 */
export async function eventually(page: Page, path: string, check: () => Promise<void>, loads = 4) {
  for (let load = 1; ; load++) {
    await page.goto(path);
    try {
      await check();
      return;
    } catch (e) {
      if (load >= loads) throw e;
    }
    await page.waitForTimeout(500);
  }
}
