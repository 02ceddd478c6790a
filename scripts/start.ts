// npm start: migrate, seed an empty database, build when needed, then serve on PORT (3000)
// through the production server (scripts/serve.ts).
import { loadDotEnv } from './lib/env';
import { spawnServer } from './lib/next-server';

loadDotEnv();
const { prepareSite } = await import('./prepare-site');
await prepareSite();

const port = Number(process.env.PORT ?? 3000);
console.log(`Serving the portal on http://localhost:${port}`);
const server = spawnServer(port, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, ['inherit', 'inherit', 'inherit']);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
