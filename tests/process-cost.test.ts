// The benchmark's per-request cost counts a server's worker processes, as varnishd's and nginx's
// work is done in children of the process the benchmark starts.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { costPerRequest } from '../bench/process-cost';

const BUSY_CHILD = `
  const { spawn } = require('node:child_process');
  const worker = spawn(process.execPath, ['-e', "process.stdin.once('data', () => { const start = process.cpuUsage(); while (Object.values(process.cpuUsage(start)).reduce((a, b) => a + b) < 400000); console.log('done'); }); process.stdin.resume();"], { stdio: ['pipe', 'inherit', 'inherit'] });
  process.stdin.on('data', (chunk) => worker.stdin.write(chunk));
  process.stdin.resume();
`;

let parent: ChildProcess | undefined;
afterEach(() => parent?.kill('SIGKILL'));

describe('process cost', () => {
  it('counts the CPU time a child process spends, per request', async () => {
    parent = spawn(process.execPath, ['-e', BUSY_CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise((r) => setTimeout(r, 500)); // both started
    const { cost } = await costPerRequest(
      parent.pid!,
      () =>
        new Promise<number>((resolve) => {
          parent!.stdout!.once('data', () => resolve(4));
          parent!.stdin!.write('go\n');
        }),
      (requests) => requests,
    );
    // 400 ms of CPU (not of the clock: a busy machine must not change it) in the grandchild, over four "requests": about 100 ms (100,000 µs) each.
    expect(cost.cpuUs).toBeGreaterThanOrEqual(80_000);
    expect(cost.cpuUs).toBeLessThan(200_000);
    // The parent sleeps until the word arrives and again after passing it on.
    expect(cost.switches).toBeGreaterThan(0);
  });
});
