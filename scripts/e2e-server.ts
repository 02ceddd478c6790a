// Started by Playwright (playwright.config.ts): a fresh, migrated, seeded SQLite database, a
// production build against it, and `next start` on the e2e port.
import fs from 'node:fs';
import { E2E_ACCOUNTS, E2E_DATA_DIR, E2E_PORT, E2E_SERVER_LOG, e2eEnv } from '../e2e/env';
import { spawnServer } from './lib/next-server';
import { bin, run } from './lib/run';

// Refuse anything but the local e2e database: these tests write.
Object.assign(process.env, e2eEnv);
if (!process.env.DATABASE_URL!.startsWith(`file:./${E2E_DATA_DIR}/`)) throw new Error('e2e runs only on its own SQLite file');
fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_DATA_DIR, { recursive: true });

const { prepareSite } = await import('./prepare-site');
// Always a fresh build: pages prerendered from an earlier run's database would leak into this one.
await prepareSite({ forceBuild: true });
for (const account of [E2E_ACCOUNTS.author, E2E_ACCOUNTS.contributor, E2E_ACCOUNTS.throttled]) {
  await run(bin('tsx'), ['--conditions=react-server', 'scripts/create-admin.ts', '--email', account.email, '--name', account.name, '--role', account.role], {
    env: { ...process.env, ADMIN_PASSWORD: account.password },
  });
}

// The server's output also goes to a file: e2e/global-teardown.ts reads it for warnings.
const log = fs.createWriteStream(E2E_SERVER_LOG);
const server = spawnServer(E2E_PORT, process.env, ['ignore', 'pipe', 'pipe']);
// The query log (DB_QUERY_LOG) goes to the file only: it is for e2e/query-budget.spec.ts.
const withoutQueryLog = (chunk: Buffer) => chunk.toString().replace(/^\[db\] .*\n/gm, '');
server.stdout!.on('data', (chunk: Buffer) => (process.stdout.write(withoutQueryLog(chunk)), log.write(chunk)));
server.stderr!.on('data', (chunk) => (process.stderr.write(chunk), log.write(chunk)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
