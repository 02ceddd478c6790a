// Every spec's `test`: Playwright's, plus one automatic fixture. Tests open pages of their own
// (a reader beside the editor, a stranger beside the commenter) on the worker's browser, which
// lives for the whole run; a page left open keeps animating its ticker and running its timers,
// and with one worker they piled up (four ~1.3 GB renderers slowed CI's last tests 3-4×). After
// each test, passed or failed, the contexts it opened are closed.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<{ closesWhatItOpens: void }>({
  closesWhatItOpens: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      // Playwright has closed the test's own `context` by now; what is left was opened by the test.
      await Promise.all(
        browser
          .contexts()
          .filter((c) => !before.has(c))
          .map((c) => c.close()),
      );
    },
    { auto: true },
  ],
});
