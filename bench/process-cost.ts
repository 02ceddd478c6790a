// What a server spent on a load run, read from /proc (Linux): CPU time and context switches of a
// process, its threads and its child processes (varnishd's worker child, nginx's workers). Divided
// by the requests answered, they show why one server answers more than another on the same cores.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export interface ProcessCost {
  cpuMs: number;
  switches: number;
}

export interface CostPerRequest {
  /** Microseconds of CPU (user and kernel) a request. */
  cpuUs: number;
  /** Context switches (voluntary and not) a request. */
  switches: number;
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return ''; // gone since the listing
  }
};

/** The fields of /proc/<pid>/stat after the command's parenthesis (state is [0], ppid [1]). */
const statFields = (pid: string) => {
  const stat = read(`/proc/${pid}/stat`);
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
};

/** The process and its descendants, found through each process's parent. */
function tree(root: number): string[] {
  const children = new Map<string, string[]>();
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = statFields(pid)[1] ?? '';
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const pids = [String(root)];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return pids;
}

/** The process `root` and its children, as they stand now. */
export function processCost(root: number): ProcessCost {
  let ticks = 0;
  let switches = 0;
  for (const pid of tree(root)) {
    // A process's stat counts its threads, those that ended included; switches are per thread.
    const fields = statFields(pid);
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
    for (const tid of fs.existsSync(`/proc/${pid}/task`) ? fs.readdirSync(`/proc/${pid}/task`) : []) {
      for (const m of read(`/proc/${pid}/task/${tid}/status`).matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) switches += Number(m[1]);
    }
  }
  return { cpuMs: (ticks * 1000) / CLOCK_TICKS, switches };
}

/** Runs `work` (a load run answering `requests()` requests) and returns what `root` spent a request. */
export async function costPerRequest<T>(root: number, work: () => Promise<T>, requests: (result: T) => number): Promise<{ result: T; cost: CostPerRequest }> {
  const before = processCost(root);
  const result = await work();
  const after = processCost(root);
  const n = Math.max(1, requests(result));
  return {
    result,
    cost: {
      cpuUs: Math.round(((after.cpuMs - before.cpuMs) * 1000) / n),
      switches: Math.round(((after.switches - before.switches) / n) * 100) / 100,
    },
  };
}
