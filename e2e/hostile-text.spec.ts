// Headlines as people really type them, or paste them: a row of tatweel, a long unbroken token,
// a right-to-left override, a Latin-only title of brackets. Every page keeps them inside their
// boxes at 360 px, shows no reversed text, and prints neutral-only titles as typed.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { adminActions, bodyOf, callAction } from './support/actions';
import { signIn } from './support/admin';
import { articleByTitle } from './support/db';

const saveArticle = () => adminActions().find((a) => a.name === 'saveArticle')!;
const token = () => `${test.info().project.name}${Date.now().toString(36)}`;

async function publish(page: Page, baseURL: string, title: string, excerpt = '') {
  const { body } = await callAction(
    page.request,
    saveArticle(),
    { title, excerpt, body: bodyOf('نص قصير للاختبار.'), categoryId: '1', intent: 'publish' },
    baseURL,
  );
  expect(body).not.toContain('"status":"error"');
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('long unbroken runs wrap inside their boxes, and a bidi override is never shown', async ({ page, browser, baseURL }) => {
  test.slow();
  const mark = token();
  const title = `${'ـ'.repeat(40)} ${mark}${'W'.repeat(60)} \u202E(RLO spoof) gnp.exe`;
  await signIn(page, 'editor');
  await publish(page, baseURL!, title, `ملخص ${'ـ'.repeat(80)}`);
  const stored = articleByTitle(title.replace('\u202E', ''));
  expect(stored, 'stored without the override').toBeTruthy();

  const reader = await (await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage();
  const article = `/news/${stored!.id}/x`;
  for (const path of ['/', article, '/category/local', `/search?q=${encodeURIComponent(mark)}`, `/search?q=${encodeURIComponent('\u202Eexe.gnp')}`]) {
    await reader.goto(path);
    expect(await overflow(reader), path).toBeLessThanOrEqual(0);
    expect(await reader.locator('body').innerText(), path).not.toContain('\u202E');
  }
  await reader.goto(article);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('(RLO spoof) gnp.exe');
  // Pages left open keep animating for the rest of the run (one worker shares the browser).
  await reader.context().close();
});

test('a title of digits and punctuation reads as typed inside right-to-left cards', async ({ page, browser, baseURL }) => {
  const title = `{{7*7}} \${7*7} ${Date.now()}`;
  await signIn(page, 'editor');
  await publish(page, baseURL!, title);
  const reader = await browser.newPage();
  await reader.goto('/category/local');
  const card = reader.getByRole('main').getByRole('heading', { name: title });
  await expect(card).toHaveAttribute('dir', 'ltr');
  // Laid out left to right: the opening braces come first on screen.
  const [first, last] = await card.evaluate((el) => {
    const range = document.createRange();
    const text = el.querySelector('a')!.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const open = range.getBoundingClientRect().left;
    range.setStart(text, text.textContent!.length - 1);
    range.setEnd(text, text.textContent!.length);
    return [open, range.getBoundingClientRect().left];
  });
  expect(first).toBeLessThan(last);
  await reader.close();
});
