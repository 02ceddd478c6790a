import fs from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Requests per second and latency at `connections` concurrent connections. */
export async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** Resident memory of a process, in bytes (Linux). */
export const residentBytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** Median time of one request at a time (server time plus loopback), in milliseconds. */
export async function sequentialP50(urls: string[], rounds = 1, headers: Record<string, string> = {}): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const url of urls) {
      const t = performance.now();
      const res = await fetch(url, { redirect: 'manual', headers });
      await res.arrayBuffer();
      times.push(performance.now() - t);
    }
  }
  return Math.round(median(times) * 10) / 10;
}
