// npm run screenshots -- [base URL] [paths…]: full-page PNGs of pages at phone (390×844) and
// desktop (1366×900) sizes, for looking at the design as a reader would. Writes to screenshots/.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/'];
const browser = await chromium.launch(chromiumLaunchOptions);
fs.mkdirSync('screenshots', { recursive: true });
const dark = process.env.THEME === 'dark';
const fullPage = process.env.FULL !== '0';
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1366, height: 900 }],
] as const) {
  const page = await browser.newPage({
    viewport,
    deviceScaleFactor: 1,
    colorScheme: dark ? 'dark' : 'light',
    isMobile: name === 'phone',
    hasTouch: name === 'phone',
  });
  for (const p of targets) {
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    if (fullPage) {
      // A whole-page capture is taken without scrolling: sections the page leaves unpainted until
      // they come near the screen (content-visibility: auto) and lazy pictures would be blank in it,
      // where a reader scrolling down sees them.
      await page.addStyleTag({ content: '*{content-visibility:visible!important}' });
      await page.evaluate(() => Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))));
    }
    const file = `screenshots/${(p.replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'home').slice(0, 60)}-${name}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
  }
  await page.close();
}
await browser.close();
