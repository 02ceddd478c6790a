// The home page's columns and section headings, as a reader sees them.
import { expect, test } from './support/test';
import { startUsing } from './support/first-use';

test('on a wide screen the side column ends about where the latest news end', async ({ page, isMobile }) => {
  test.skip(isMobile, 'one column on phones');
  await page.goto('/');
  const latest = await page.locator('section[aria-labelledby="latest"]').boundingBox();
  const side = await page.locator('aside', { has: page.locator('#most-read') }).boundingBox();
  // No tall empty area under «الأكثر قراءة»: the shorter column is at least 60% of the longer.
  expect(Math.min(latest!.height, side!.height) / Math.max(latest!.height, side!.height)).toBeGreaterThan(0.6);
});

test('«المزيد» sits on the line of its section title', async ({ page }) => {
  await page.goto('/');
  const heading = page.getByRole('main').getByRole('heading', { level: 2, name: 'محليات' });
  const more = heading.locator('xpath=..').getByRole('link', { name: 'المزيد' });
  const textBottom = (locator: typeof heading) =>
    locator.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()];
      return Math.max(...rects.map((r) => r.bottom));
    });
  expect(Math.abs((await textBottom(heading)) - (await textBottom(more)))).toBeLessThanOrEqual(4);
});

test('publication times read «منذ …» in the interface’s language, over the date whose room they keep', async ({ page }) => {
  for (const [path, relative] of [
    ['/', /^(الآن|منذ )/],
    ['/en', /^(Just now|.+ ago)$/],
  ] as const) {
    await page.goto(path);
    const time = page.getByRole('main').locator('time[data-ago]').first();
    await expect(time).toHaveAttribute('data-ago', relative);
    const shown = await time.evaluate((el) => ({
      text: getComputedStyle(el, '::after').content,
      date: getComputedStyle(el).webkitTextFillColor,
      ago: getComputedStyle(el, '::after').webkitTextFillColor,
      title: el.getAttribute('title'),
      dateText: el.textContent,
    }));
    expect(shown.text).toMatch(new RegExp(`^${JSON.stringify(await time.getAttribute('data-ago'))}`));
    // The date is still there, unseen, keeping the width; the title gives it on hover.
    expect(shown.date).toBe('rgba(0, 0, 0, 0)');
    expect(shown.ago).not.toBe('rgba(0, 0, 0, 0)');
    expect(shown.title).toBe(shown.dateText);
  }
});

test('a page builds no date or number formatter in the browser as it loads (a phone’s first one costs tens of ms)', async ({ page }) => {
  await page.addInitScript(() => {
    const made: string[] = [];
    Object.assign(window, { intlMade: made });
    const intl = Intl as unknown as Record<string, object>;
    for (const name of ['DateTimeFormat', 'NumberFormat']) {
      intl[name] = new Proxy(intl[name] as new (...args: unknown[]) => object, {
        construct: (target, args) => (made.push(name), Reflect.construct(target, args)),
        get: (target, key) => (key === 'supportedLocalesOf' && made.push(`${name}.supportedLocalesOf`), Reflect.get(target, key)),
      });
    }
  });
  for (const path of ['/', '/fr']) {
    await page.goto(path);
    // Written by the page's own scripts as it is parsed: today's line and how long ago.
    await expect(page.locator('header time').filter({ visible: true })).toContainText(/\d{4}/);
    await expect(page.getByRole('main').locator('time[data-ago]').first()).toHaveAttribute('data-ago', /.+/);
    // Nor does the framework, once the reader's first use brings it.
    await startUsing(page);
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade), path).toEqual([]);
  }
});
