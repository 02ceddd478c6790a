// Varnish in front of an app server, as `npm run start:edge`, the edge tests and the benchmark run
// it: varnishd in the foreground with the repository's VCL, a work folder of its own (so that
// several never share one) and Varnish's own compression off (the app makes gzip and brotli).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { renderVcl, type VclOptions } from '../../lib/edge/vcl';

export interface EdgeOptions extends Partial<VclOptions> {
  port: number;
  appPort: number;
  /** Address to listen on (default all). */
  listen?: string;
  /** Cache memory in MiB (default 256). */
  memoryMb?: number;
  workDir: string;
  env?: NodeJS.ProcessEnv;
  stdio?: 'inherit' | 'ignore';
}

export interface RunningEdge {
  process: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

const VARNISHD = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].find((p) => fs.existsSync(p)) ?? 'varnishd';

export function varnishInstalled(): boolean {
  return spawnSync(VARNISHD, ['-V'], { stdio: 'ignore' }).status === 0;
}

export const NO_VARNISH = 'Varnish is not installed: apt-get install -y varnish varnish-modules';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function startVarnish(options: EdgeOptions): Promise<RunningEdge> {
  if (!varnishInstalled()) throw new Error(NO_VARNISH);
  const workDir = path.resolve(options.workDir);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const vcl = path.join(workDir, 'portal.vcl');
  fs.writeFileSync(
    vcl,
    renderVcl({
      appHost: options.appHost ?? '127.0.0.1',
      appPort: options.appPort,
      grace: options.grace ?? '24h',
      maxTtl: options.maxTtl,
      purgers: options.purgers ?? [],
    }),
  );
  const args = [
    '-F',
    '-a',
    `${options.listen ?? ''}:${options.port}`,
    '-f',
    vcl,
    '-n',
    path.join(workDir, 'varnish'),
    '-s',
    `malloc,${options.memoryMb ?? 256}m`,
    '-p',
    'http_gzip_support=off',
    // Purge keys can be many (a home page shows dozens of articles).
    '-p',
    'http_req_hdr_len=64k',
    '-p',
    'http_resp_hdr_len=64k',
    '-p',
    'workspace_backend=256k',
    '-p',
    'workspace_client=256k',
  ];
  const child = spawn(VARNISHD, args, { env: options.env ?? process.env, stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // varnishd outlives its parent otherwise (it is a daemon at heart).
  const orphaned = () => child.kill('SIGTERM');
  process.once('exit', orphaned);
  void exited.then(() => process.off('exit', orphaned));
  const deadline = Date.now() + 20_000;
  while (!(await listening(options.port))) {
    if (child.exitCode !== null) throw new Error(`varnishd exited (${child.exitCode}); is ${options.port} free?`);
    if (Date.now() > deadline) throw new Error(`varnishd did not listen on ${options.port} within 20 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    process: child,
    base: `http://127.0.0.1:${options.port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
