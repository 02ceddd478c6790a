import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';
import { CLUSTER_PORTS } from './e2e/cluster/env';

// Two `next start` instances against PostgreSQL and Redis (scripts/cluster-server.ts).
export default defineConfig({
  ...baseConfig,
  testDir: './e2e/cluster',
  testIgnore: [],
  globalTeardown: undefined,
  retries: 0,
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${CLUSTER_PORTS[0]}` },
  projects: [{ name: 'cluster', use: { viewport: { width: 1366, height: 900 } } }],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/cluster-server.ts',
    url: `http://127.0.0.1:${CLUSTER_PORTS[1]}/robots.txt`,
    reuseExistingServer: false,
    timeout: 400_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
