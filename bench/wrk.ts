// Load with wrk (C, several threads): Node's own load generators cap out far below what Varnish
// and nginx answer on this machine, so the rows that compare them are all measured with wrk.
import { spawn, spawnSync } from 'node:child_process';
import type { LoadResult } from './measure';

export const wrkInstalled = () => spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit]!;

export function parseWrk(output: string): LoadResult {
  const latency = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)`, 'm').exec(output);
    return m ? Math.round(ms(m[1]!, m[2]!) * 10) / 10 : NaN;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const errors = non2xx + (socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0);
  return { rps: Math.round(rps), p50: latency('50'), p99: latency('99'), errors };
}

/** Requests per second and latency at `connections` connections, with the given request headers. */
export function wrkLoad(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '5s'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(parseWrk(output)) : reject(new Error(`wrk exited with ${code}: ${output}`))));
  });
}
