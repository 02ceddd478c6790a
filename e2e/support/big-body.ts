// Large request bodies sent the way an attacker would: streamed from a small buffer (the test
// itself never holds them), chunked or with a Content-Length, over a plain Node connection.
import fs from 'node:fs';
import http from 'node:http';
import { encodeActionArgs } from '../../scripts/lib/server-action';
import { E2E_SERVER_PID } from '../env';

export const MiB = 2 ** 20;

export interface BigAnswer {
  status: number;
  text: string;
  /** Bytes of body written before the answer came (the sender stops there). */
  sent: number;
}

export interface BigBody {
  headers: Record<string, string>;
  /** Bytes before the filler and after it (e.g. a form's real fields and its closing boundary). */
  head?: Buffer;
  tail?: Buffer;
  /** Filler bytes between them. */
  filler: number;
}

const FILLER = Buffer.alloc(64 * 1024, 0x61);

function* pieces({ head, tail, filler }: BigBody): Generator<Buffer> {
  if (head) yield head;
  for (let left = filler; left > 0; left -= FILLER.length) yield left >= FILLER.length ? FILLER : FILLER.subarray(0, left);
  if (tail) yield tail;
}

export const bodyLength = (body: BigBody) => (body.head?.length ?? 0) + body.filler + (body.tail?.length ?? 0);

/**
 * POSTs `body` to `base + path`, chunked, or with its Content-Length when `declare`; stops sending
 * as soon as the answer comes, and resolves with it. Rejects when the connection ends without one.
 */
export function postBig(base: string, path: string, body: BigBody, declare: boolean): Promise<BigAnswer> {
  const url = new URL(path, base);
  const headers = { ...body.headers, ...(declare ? { 'Content-Length': String(bodyLength(body)) } : { 'Transfer-Encoding': 'chunked' }) };
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const done = () => {
        req.destroy();
        resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8'), sent });
      };
      res.on('end', done);
      res.on('aborted', done);
    });
    req.on('error', (e) => (answered ? undefined : reject(new Error(`${path}: no answer after ${sent} bytes (${e.message})`))));
    req.on('close', () => answered || reject(new Error(`${path}: closed without an answer after ${sent} bytes`)));
    const source = pieces(body);
    const pump = () => {
      for (let next = source.next(); !answered; next = source.next()) {
        if (next.done) return void req.end();
        sent += next.value.length;
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

/**
 * An action call (the browser's multipart form, Flight-encoded) whose form carries `fields` and one
 * more field, `padding`, of `filler` bytes: read whole, the action would run with `fields`.
 */
export async function paddedActionBody(
  actionId: string,
  origin: string,
  fields: Record<string, string>,
  filler: number,
  extraHeaders: Record<string, string> = {},
): Promise<BigBody> {
  const data = await encodeActionArgs(fields);
  // The form's own fields are named with its Flight prefix (`_1_name`): so is the padding.
  const prefix = /^_\d+_/.exec([...data.keys()].find((k) => /^_\d+_/.test(k)) ?? '')?.[0] ?? '_1_';
  const form = new Response(data);
  const boundary = /boundary=(.+)$/.exec(form.headers.get('content-type')!)![1]!;
  const encoded = Buffer.from(await form.arrayBuffer());
  const closing = Buffer.from(`--${boundary}--\r\n`);
  const fieldsOnly = encoded.subarray(0, encoded.length - closing.length);
  return {
    headers: {
      'Next-Action': actionId,
      Accept: 'text/x-component',
      Origin: origin,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      ...extraHeaders,
    },
    head: Buffer.concat([fieldsOnly, Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${prefix}padding"\r\n\r\n`)]),
    filler,
    tail: Buffer.concat([Buffer.from('\r\n'), closing]),
  };
}

/** The e2e server's process (scripts/e2e-server.ts writes its id). */
export function serverPid(): number {
  return Number(fs.readFileSync(E2E_SERVER_PID, 'utf8'));
}

/** The resident memory of a live process, in MiB, from the kernel. */
export function residentMiB(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}
