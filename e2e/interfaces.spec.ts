// The French and English interfaces around Arabic content: their own section names, a top bar that
// fits a phone, and cards that line up on their content's side (issue 17, defect 4).
import { expect, test } from './support/test';
import { signIn } from './support/admin';

test('the top bar shows both dates whole on a phone, in every interface', async ({ page }) => {
  for (const prefix of ['', '/fr', '/en']) {
    await page.goto(`${prefix}/`);
    const line = page.locator('header p', { has: page.locator('time') });
    // What is shown: the lines of the other days the server wrote stay hidden.
    await expect(line).toContainText(/\d{4}/, { useInnerText: true });
    const { scroll, client } = await line.evaluate((p) => ({ scroll: p.scrollWidth, client: p.clientWidth }));
    expect(scroll, `${prefix || '/'}: the date line is cut («…»)`).toBeLessThanOrEqual(client);
    // The Hijri year is there, not cut off.
    await expect(line).toContainText(/14\d\d/, { useInnerText: true });
  }
});

test('sections are named in the interface language, and one without a name there shows its own, isolated', async ({ page, browser }, testInfo) => {
  const sections = (p: typeof page) => p.getByRole('contentinfo').getByRole('navigation');
  await page.goto('/fr/');
  await expect(sections(page).getByRole('link', { name: 'Économie', exact: true })).toBeVisible();
  await expect(sections(page)).not.toContainText('اقتصاد');
  await page.goto('/en/');
  await expect(sections(page).getByRole('link', { name: 'Economy', exact: true })).toBeVisible();

  // A new section named in Arabic only.
  // Unique per run: the phone and desktop projects and retries share one database.
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const name = `ملفات ${stamp}`;
  const french = `Dossiers ${stamp}`;
  await signIn(page, 'admin');
  await page.goto('/admin/categories');
  const form = page.locator('section[aria-labelledby="add-category"]');
  await form.getByRole('textbox', { name: 'الاسم (إلزامي)' }).fill(name);
  await form.getByLabel('الرابط المختصر').fill(`files-${stamp}`);
  await form.getByRole('button', { name: 'إضافة قسم' }).click();
  await expect(page.getByText('حُفظ القسم.')).toBeVisible();

  // Each try reloads the page; a loaded server can take seconds to deliver a phone's whole page,
  // so the tries wait for the document only, and have time for several.
  const reader = await browser.newPage();
  await expect(async () => {
    await reader.goto('/fr/', { waitUntil: 'domcontentloaded' });
    await expect(sections(reader).locator('bdi', { hasText: name })).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 15_000, intervals: [500] });

  // Given a French name, the French interface uses it.
  const saved = page.locator('li', { has: page.getByRole('textbox', { name: 'الاسم (إلزامي)' }).and(page.locator(`[value="${name}"]`)) });
  await saved.getByLabel('الاسم في الواجهة الفرنسية').fill(french);
  await saved.getByRole('button', { name: 'حفظ' }).click();
  await expect(saved.getByText('حُفظ القسم.')).toBeVisible();
  await expect(async () => {
    await reader.goto('/fr/', { waitUntil: 'domcontentloaded' });
    await expect(sections(reader).getByRole('link', { name: french, exact: true })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000, intervals: [500] });
  await reader.close();
});

test('a card about an Arabic article lines up on the right in the French interface, meta line included', async ({ page }) => {
  await page.goto('/fr/');
  // An Arabic headline (a Latin-only one, such as another test's, reads left to right on its own).
  const card = page
    .getByRole('main')
    .locator('article', { has: page.locator('h3[lang="ar"][dir="rtl"]') })
    .first();
  const time = card.locator('time').first();
  await expect(time).toBeVisible();
  expect(await card.evaluate((c) => getComputedStyle(c).direction)).toBe('rtl');
  // The meta line starts on the right, under the headline's start, not at the far left.
  const first = card.locator('p:has(> time) > *').first();
  const [h, m] = [(await card.locator('h3').boundingBox())!, (await first.boundingBox())!];
  expect(Math.abs(m.x + m.width - (h.x + h.width))).toBeLessThanOrEqual(2);
  expect(m.x - h.x).toBeGreaterThan(2);
});

test("a section's Arabic description reads right to left in the French interface, its full stop at its end", async ({ page }) => {
  await page.goto('/fr/category/sport');
  const description = page.locator('main header p').first();
  await expect(description).toContainText('المدرسية');
  expect(await description.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
});

test('in an Arabic card of the French interface, the comment count reads in French order', async ({ page }) => {
  await page.goto('/fr/');
  const meta = page
    .getByRole('main')
    .locator('article', { has: page.locator('h3[lang="ar"]') })
    .locator('.card-meta', { hasText: /\d+ commentaires?/ })
    .first();
  await expect(meta).toBeVisible();
  // Where the number and the word are drawn: «5 commentaires», the number on the left.
  const [digits, word] = await meta.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text: Text | null = null;
    while (!text && walker.nextNode()) if (/\d+ commentaires?/.test(walker.currentNode.textContent!)) text = walker.currentNode as Text;
    const value = text!.textContent!;
    const at = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text!, start);
      range.setEnd(text!, end);
      return range.getBoundingClientRect().x;
    };
    const space = value.indexOf(' ');
    return [at(0, space), at(space + 1, value.length)];
  });
  expect(digits).toBeLessThan(word);
});
