// Started by Playwright (playwright.config.ts): a fresh, migrated, seeded SQLite database, a
// production build against it, and `next start` on the e2e port.
import fs from 'node:fs';
import { E2E_ACCOUNTS, E2E_DATA_DIR, E2E_MAIL_DIR, E2E_PORT, E2E_SERVER_LOG, E2E_SERVER_PID, e2eEnv } from '../e2e/env';
import { startMailSink } from './lib/mail-sink';
import { spawnServer } from './lib/next-server';
import { bin, run } from './lib/run';
import { assertTestDatabase, freshTestDataDir } from './lib/test-data';

Object.assign(process.env, e2eEnv);
// These tests write: only ever into their own folder and SQLite file.
assertTestDatabase(process.env.DATABASE_URL!, E2E_DATA_DIR);
freshTestDataDir(E2E_DATA_DIR);

const { prepareSite } = await import('./prepare-site');
// Always a fresh build: pages prerendered from an earlier run's database would leak into this one.
await prepareSite({ forceBuild: true });
for (const account of [
  E2E_ACCOUNTS.author,
  E2E_ACCOUNTS.contributor,
  E2E_ACCOUNTS.throttled,
  E2E_ACCOUNTS.twoFactorDesktop,
  E2E_ACCOUNTS.twoFactorPhone,
  E2E_ACCOUNTS.resetDesktop,
  E2E_ACCOUNTS.resetPhone,
  E2E_ACCOUNTS.sessionsDesktop,
  E2E_ACCOUNTS.sessionsPhone,
]) {
  await run(bin('tsx'), ['--conditions=react-server', 'scripts/create-admin.ts', '--email', account.email, '--name', account.name, '--role', account.role], {
    env: { ...process.env, ADMIN_PASSWORD: account.password },
  });
}

// The mail the site sends (password resets) arrives in a real SMTP server here, one file per
// message in E2E_MAIL_DIR, where the tests read it.
fs.mkdirSync(E2E_MAIL_DIR, { recursive: true });
let mails = 0;
const sink = await startMailSink((raw) => fs.writeFileSync(`${E2E_MAIL_DIR}/${Date.now()}-${++mails}.eml`, raw));
process.env.SMTP_URL = sink.url;

// The server's output also goes to a file: e2e/global-teardown.ts reads it for warnings.
const log = fs.createWriteStream(E2E_SERVER_LOG);
const server = spawnServer(E2E_PORT, process.env, ['ignore', 'pipe', 'pipe']);
fs.writeFileSync(E2E_SERVER_PID, String(server.pid));
// The query log (DB_QUERY_LOG) goes to the file only: it is for e2e/query-budget.spec.ts.
const withoutQueryLog = (chunk: Buffer) => chunk.toString().replace(/^\[db\] .*\n/gm, '');
server.stdout!.on('data', (chunk: Buffer) => (process.stdout.write(withoutQueryLog(chunk)), log.write(chunk)));
server.stderr!.on('data', (chunk) => (process.stderr.write(chunk), log.write(chunk)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
