// A button's label is never cut inside a word. Text people write may break anywhere to stay in
// its box (e2e/hostile-text.spec.ts), but a label of ours broken that way falls apart in Arabic:
// the search page's «ابحث» showed as three disjoined letters stacked in its button, at 390 px and
// at 1366 px alike.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/** The words of visible buttons whose letters sit on more than one line. */
const brokenWords = (page: Page) =>
  page.locator('button:visible').evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      const broken: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
      return broken;
    }),
  );

test('no button label is broken inside a word', async ({ page }) => {
  await page.goto('/');
  const article = await page.getByRole('main').locator('a[href^="/news/"]').first().getAttribute('href');
  for (const path of ['/', article!, '/category/local', `/search?q=${encodeURIComponent('المدينة')}`, '/fr/search?q=ville', '/en/search?q=city']) {
    await page.goto(path);
    expect(await brokenWords(page), path).toEqual([]);
  }
});
