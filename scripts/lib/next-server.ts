import { spawn, type ChildProcess } from 'node:child_process';
import { bundleServer } from '../bundle-server.mjs';

/** Resolves once `url` answers 2xx, polling every half second. */
export async function waitForServer(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
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
 * V8's old-space limit for the server, in MiB (SERVER_HEAP_MIB). Without one V8 sizes the heap to
 * the machine (4 GiB here) and lets it swell under load long before collecting: resident memory
 * climbed 30% in 5 minutes with the live heap flat at ~150–200 MiB (npm run loadtest). With it,
 * memory stays level at the same throughput. Same value as `npm run serve` in package.json.
 */
export const SERVER_HEAP_MIB = '512';

/**
 * V8's young-generation semi-space, in MiB (SERVER_SEMI_SPACE_MIB). V8 grows it to 16 MiB (three
 * of them: 32–48 MiB resident) for a server that allocates as fast as this one; with 4 the load
 * test's resident memory fell from 327–337 to 264–293 MiB for ~6% fewer requests per second
 * (within the run-to-run noise). Same value as `npm run serve` in package.json.
 */
export const SERVER_SEMI_SPACE_MIB = '4';

/**
 * glibc's malloc settings for the server, read by glibc when the process starts (so they are set
 * here and in `npm run serve`, not in the server's code; either can be overridden from the
 * environment). By default glibc gives every thread that allocates an arena of its own, up to
 * eight per core, and raises its mmap threshold to the largest block freed so far (up to 32 MiB),
 * after which big buffers (page bodies, compression) are carved from the arenas and their free
 * space stays resident. Two arenas and a fixed 128 KiB threshold (blocks at least that large are
 * mapped and given back when freed): `npm run loadtest` peaked at 247–295 MiB resident in three
 * runs instead of 348, at the same throughput within the noise (2,252–2,469 against 2,432 req/s).
 * Same values as `npm run serve` in package.json.
 */
export const SERVER_MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * The production server (scripts/serve.ts: Next's handler behind the security headers, compiled
 * by scripts/bundle-server.mjs) as one Node process, so that its PID is the server's: stopping
 * it, or killing it, reaches the server.
 */
export function spawnServer(port: number, env: NodeJS.ProcessEnv, stdio: ('ignore' | 'inherit' | 'pipe')[] = ['ignore', 'inherit', 'inherit']): ChildProcess {
  const heap = [
    `--max-old-space-size=${env.SERVER_HEAP_MIB ?? SERVER_HEAP_MIB}`,
    `--max-semi-space-size=${env.SERVER_SEMI_SPACE_MIB ?? SERVER_SEMI_SPACE_MIB}`,
  ];
  // SERVER_SOURCE_MAPS=1: stack traces name scripts/ and lib/ rather than the bundle's lines.
  const sourceMaps = env.SERVER_SOURCE_MAPS === '1' ? ['--enable-source-maps'] : [];
  return spawn(process.execPath, [...heap, ...sourceMaps, bundleServer()], {
    env: { ...SERVER_MALLOC_ENV, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio,
  });
}

/** The production server on a port with the given environment, once it answers. */
export async function startServer(port: number, env: NodeJS.ProcessEnv, output: 'inherit' | 'ignore' | 'pipe' = 'ignore'): Promise<RunningServer> {
  const child = spawnServer(port, env, ['ignore', output, output === 'ignore' ? 'inherit' : output]);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([waitForServer(`${base}/robots.txt`), exited.then(() => Promise.reject(new Error(`the server on ${port} exited`)))]);
  return {
    process: child,
    base,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
