import type { Page } from '@playwright/test';

/**
 * The reader starts using the page, as a touch, a scroll or a key would: here a press of Shift,
 * which does nothing else. Public pages fetch the framework then (lib/serve/framework-on-demand.ts);
 * React drawing the header's theme button (kept empty until hydrated) says the page is alive.
 */
export async function startUsing(page: Page) {
  await page.keyboard.press('Shift');
  await page.locator('header button[aria-pressed]').waitFor();
}
