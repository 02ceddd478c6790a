import { defineConfig, devices } from '@playwright/test';
import baseConfig from './playwright.config';
import { WORDPRESS_PORT } from './e2e/wordpress/env';
import { chromiumLaunchOptions as launchOptions } from './scripts/lib/chromium';

// A WordPress site moving in: the shared fixture imported into an empty database, then its public
// pages and every kind of old address (scripts/wordpress-e2e-server.ts).
export default defineConfig({
  ...baseConfig,
  testDir: './e2e/wordpress',
  testIgnore: [],
  globalTeardown: undefined,
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${WORDPRESS_PORT}` },
  projects: [{ name: 'wordpress', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, launchOptions } }],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/wordpress-e2e-server.ts',
    url: `http://127.0.0.1:${WORDPRESS_PORT}/robots.txt`,
    reuseExistingServer: false,
    timeout: 400_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
