// Started by playwright.wordpress.config.ts: an empty database, the shared WordPress fixture
// imported into it (npm run import:wordpress), an admin account, a production build, the server.
import { E2E_ACCOUNTS } from '../e2e/env';
import { importArgs, WORDPRESS_DATA_DIR, WORDPRESS_PORT, wordpressEnv } from '../e2e/wordpress/env';
import { deployMigrations } from './db/migrate-engine';
import { spawnServer } from './lib/next-server';
import { bin, run } from './lib/run';
import { assertTestDatabase, freshTestDataDir } from './lib/test-data';

Object.assign(process.env, wordpressEnv);
assertTestDatabase(process.env.DATABASE_URL!, WORDPRESS_DATA_DIR);
freshTestDataDir(WORDPRESS_DATA_DIR);
await deployMigrations(process.env.DATABASE_URL!);
await run(bin('tsx'), [...importArgs, '--no-refresh'], { env: process.env });
await run(
  bin('tsx'),
  ['--conditions=react-server', 'scripts/create-admin.ts', '--email', E2E_ACCOUNTS.admin.email, '--name', 'مدير الاختبار', '--role', 'ADMIN'],
  {
    env: { ...process.env, ADMIN_PASSWORD: E2E_ACCOUNTS.admin.password },
  },
);
await run(bin('next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const server = spawnServer(WORDPRESS_PORT, process.env, ['ignore', 'inherit', 'inherit']);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
