import { defineConfig, devices } from '@playwright/test';
import baseConfig from './playwright.config';
import { EDGE_PORT } from './e2e/edge/env';
import { chromiumLaunchOptions as launchOptions } from './scripts/lib/chromium';

// The portal behind Varnish (edge/varnish.vcl), as `npm run start:edge` serves it: purges on
// every write, staff passing by, pages served while the app is down (scripts/edge-e2e-server.ts).
export default defineConfig({
  ...baseConfig,
  testDir: './e2e/edge',
  testIgnore: [],
  globalTeardown: undefined,
  retries: 0,
  timeout: 90_000,
  // Saves and renders on a loaded two-core machine.
  expect: { timeout: 30_000 },
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${EDGE_PORT}` },
  projects: [{ name: 'edge', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, launchOptions } }],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/edge-e2e-server.ts',
    url: `http://127.0.0.1:${EDGE_PORT}/robots.txt`,
    reuseExistingServer: false,
    timeout: 900_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
