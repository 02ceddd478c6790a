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
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
