import { spawn, type ChildProcess } from 'node:child_process';
import { bin } from './run';

/** Resolves once `url` answers 2xx, polling every half second. */
export async function waitForServer(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface RunningServer {
  process: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/**
 * `next start` on a port with the given environment, once it answers. Started from its binary,
 * not through npx, so that stopping this process stops the server.
 */
export async function startNext(port: number, env: NodeJS.ProcessEnv, output: 'inherit' | 'ignore' | 'pipe' = 'ignore'): Promise<RunningServer> {
  const child = spawn(bin('next'), ['start', '-p', String(port)], { env, stdio: ['ignore', output, output === 'ignore' ? 'inherit' : output] });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([waitForServer(`${base}/robots.txt`), exited.then(() => Promise.reject(new Error(`next start on ${port} exited`)))]);
  return {
    process: child,
    base,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
