// The suite's own hygiene: a page a test opens on the shared browser is closed after it, so that
// the later tests of a run do not share the machine with pages still animating (e2e/support/test.ts).
import { expect, test } from './support/test';

test.describe.configure({ mode: 'serial' });

let openBefore = 0;

test('a test may leave a page of its own open', async ({ browser }) => {
  openBefore = browser.contexts().length;
  const page = await browser.newPage();
  await page.setContent('<p>left open</p>');
  expect(browser.contexts()).toHaveLength(openBefore + 1);
});

test('the next test finds it closed', async ({ browser }) => {
  expect(browser.contexts()).toHaveLength(openBefore);
});
