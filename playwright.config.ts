import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT } from './e2e/env';
import { chromiumLaunchOptions as launchOptions } from './scripts/lib/chromium';

export default defineConfig({
  testDir: './e2e',
  // Regular expressions: globs match the whole path, and a checkout may sit in a folder named edge.
  testIgnore: [/e2e\/cluster\//, /e2e\/wordpress\//, /e2e\/edge\//],
  globalTeardown: './e2e/global-teardown.ts',
  // Journeys sign in several people and poll for the second cache pass; a loaded 2-core machine needs the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'ar-MA',
    timezoneId: 'Africa/Casablanca',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: [/e2e\/cluster\//, /e2e\/wordpress\//, /e2e\/edge\//, /e2e\/fuzz\//],
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
    },
    {
      name: 'desktop',
      testIgnore: [/e2e\/cluster\//, /e2e\/wordpress\//, /e2e\/edge\//, /e2e\/fuzz\//],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, launchOptions },
    },
    // Last, as it writes hostile data everywhere (npm run fuzz runs it alone, with --no-deps).
    { name: 'fuzz', testMatch: 'fuzz/*.spec.ts', dependencies: ['phone', 'desktop'], use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 900_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
