// npm start: migrate, seed an empty database, build when needed, then serve on PORT (3000).
import { spawn } from 'node:child_process';
import { loadDotEnv } from './lib/env';
import { bin } from './lib/run';

loadDotEnv();
const { prepareSite } = await import('./prepare-site');
await prepareSite();

const port = process.env.PORT ?? '3000';
console.log(`Serving the portal on http://localhost:${port}`);
const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
