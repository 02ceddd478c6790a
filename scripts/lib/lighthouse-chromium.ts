// Headless Chromium for Lighthouse (npm run lighthouse, lighthouse:ab): the binary and flags the
// browser tests use (./chromium), launched the way Lighthouse attaches to it.
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

export const launchChromium = () =>
  chromeLauncher.launch({ chromePath: fs.existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
