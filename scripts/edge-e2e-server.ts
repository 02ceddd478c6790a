// Started by playwright.edge.config.ts: a fresh database with the demo content, a production
// build, the app, and Varnish in front of it (the repository's VCL), as `npm run start:edge` runs
// them, pages kept 5 s at most so that the outage test sees grace at work. For the outage test, SIGUSR1 stops the app (Varnish keeps serving) and SIGUSR2 starts it.
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { EDGE_APP_PORT, EDGE_DATA_DIR, EDGE_PORT, EDGE_SUPERVISOR_PID, edgeEnv } from '../e2e/edge/env';
import { spawnServer, waitForServer } from './lib/next-server';
import { startVarnish } from './lib/varnish';

Object.assign(process.env, edgeEnv);
fs.rmSync(EDGE_DATA_DIR, { recursive: true, force: true });
fs.mkdirSync(EDGE_DATA_DIR, { recursive: true });
const { prepareSite } = await import('./prepare-site');
await prepareSite({ forceBuild: true });

let app: ChildProcess | null = null;
async function startApp() {
  app = spawnServer(EDGE_APP_PORT, process.env, ['ignore', 'inherit', 'inherit']);
  await waitForServer(`http://127.0.0.1:${EDGE_APP_PORT}/robots.txt`, 120_000);
}
async function stopApp() {
  const running = app;
  app = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

await startApp();
const edge = await startVarnish({
  port: EDGE_PORT,
  listen: '127.0.0.1',
  appPort: EDGE_APP_PORT,
  workDir: `${EDGE_DATA_DIR}/varnish`,
  grace: '1h',
  maxTtl: '5s',
  memoryMb: 128,
  stdio: 'ignore',
});
fs.writeFileSync(EDGE_SUPERVISOR_PID, String(process.pid));
process.on('SIGUSR1', () => void stopApp().then(() => console.log('[edge-e2e] app stopped')));
process.on('SIGUSR2', () => void startApp().then(() => console.log('[edge-e2e] app started')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void Promise.all([stopApp(), edge.stop()]).then(() => process.exit(0)));
}
