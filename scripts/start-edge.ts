// npm run start:edge: what `npm start` does (migrate, seed an empty database, build when needed,
// serve on PORT), with Varnish in front on EDGE_PORT (default 3001) purged by the app on every
// write. Ctrl-C stops both. Needs Debian's varnish and varnish-modules.
import { loadDotEnv } from './lib/env';
import { spawnServer, waitForServer } from './lib/next-server';
import { NO_VARNISH, startVarnish, varnishInstalled } from './lib/varnish';

loadDotEnv();
if (!varnishInstalled()) {
  console.error(NO_VARNISH);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const edgePort = Number(process.env.EDGE_PORT ?? 3001);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  // The app purges this Varnish (and any other listed) on every write.
  EDGE_PURGE_URLS: process.env.EDGE_PURGE_URLS ?? `http://127.0.0.1:${edgePort}`,
  // Varnish adds a hop to X-Forwarded-For.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '2',
};
Object.assign(process.env, env);
const { prepareSite } = await import('./prepare-site');
await prepareSite();

const app = spawnServer(port, env, ['inherit', 'inherit', 'inherit']);
await waitForServer(`http://127.0.0.1:${port}/robots.txt`, 120_000);
const edge = await startVarnish({
  port: edgePort,
  appPort: port,
  workDir: `${process.env.DATA_DIR ?? 'data'}/varnish-${edgePort}`,
  grace: process.env.EDGE_GRACE ?? '24h',
  maxTtl: process.env.EDGE_MAX_TTL,
  memoryMb: Number(process.env.EDGE_CACHE_MB ?? 256),
  purgers: (process.env.EDGE_PURGE_FROM ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  env,
});
console.log(`Serving the portal through Varnish on http://localhost:${edgePort} (the app itself on ${port})`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null) app.kill('SIGTERM');
  await edge.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
app.on('exit', (code) => void stop(code ?? 0));
edge.process.on('exit', (code) => void stop(code ?? 1));
