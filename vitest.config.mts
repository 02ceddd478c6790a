import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // lib/data and lib/db import 'server-only', whose plain entry throws outside React's server build.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'],
    environment: 'node',
    // Database suites create their own SQLite files and PostgreSQL databases; one file at a time
    // keeps two cores from thrashing.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
