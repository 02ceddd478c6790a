import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { limitedServer } from '@/tests/support/limited-server';

const LIMIT = 64 * 1024;
const MiB = 2 ** 20;

type Reader = (req: http.IncomingMessage) => Promise<Buffer>;
const readers: Record<string, Reader> = {
  'for await': async (req) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  'data events': (req) =>
    new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  'a web stream': async (req) => Buffer.from(await new Response(Readable.toWeb(req) as ReadableStream).arrayBuffer()),
};

/**
 * Posts `total` bytes in 64 KiB writes, chunked unless `declare` (then with Content-Length); stops
 * sending once the answer comes. `close` sends «Connection: close». Resolves with the answer and
 * how much was sent; rejects when the connection ends without an answer.
 */
function post(port: number, total: number, { declare = false, close = false } = {}): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers = declare ? { 'content-length': String(total) } : {};
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/fr/news/1/x', headers, ...(close ? { agent: false } : {}) }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, text, sent });
      });
    });
    req.on('error', (e) => answered || reject(new Error(`no answer after ${sent} bytes: ${e.message}`)));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (!answered && sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

type Stats = { handled: number; closedAfterReading: number[] };
const stats = (port: number) => fetch(`http://127.0.0.1:${port}/stats`).then((r) => r.json() as Promise<Stats>);
const handled = async (port: number) => (await stats(port)).handled;

/** Bytes the server read on the connection that closes next (it lingers up to LINGER_MS). */
async function nextClosed(port: number, before: number): Promise<number> {
  let now: Stats;
  while ((now = await stats(port)).closedAfterReading.length <= before) await new Promise((r) => setTimeout(r, 100));
  return Math.max(...now.closedAfterReading.slice(before));
}

describe('receiveBody, against a server in its own process', () => {
  let child: ChildProcess;
  let port: number;
  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/limited-server.ts', String(LIMIT)], { stdio: ['ignore', 'pipe', 'inherit'] });
    port = await new Promise<number>((resolve) => child.stdout!.once('data', (c: Buffer) => resolve(Number(c.toString()))));
  });
  afterAll(() => void child.kill());

  for (const close of [false, true]) {
    const connection = close ? 'Connection: close' : 'keep-alive';
    it(`answers 413 to a 50 MB chunked body, never hands it on, and reads no more of it (${connection})`, async () => {
      const closed = (await stats(port)).closedAfterReading.length;
      const answer = await post(port, 50 * MiB, { close });
      expect(answer.status).toBe(413);
      expect(answer.text).toContain('site'); // the French text: the path starts with /fr
      expect(await handled(port)).toBe(0);
      // The limit and what came with the piece that passed it: the rest stayed with the client.
      expect(await nextClosed(port, closed)).toBeLessThan(LIMIT + 256 * 1024);
    });

    it(`answers 413 at once to a declared length over the limit, and reads none of it (${connection})`, async () => {
      const closed = (await stats(port)).closedAfterReading.length;
      const answer = await post(port, 50 * MiB, { declare: true, close });
      expect(answer.status).toBe(413);
      expect(await handled(port)).toBe(0);
      expect(await nextClosed(port, closed)).toBeLessThan(256 * 1024);
    });
  }

  it('answers 413 one byte over the limit, and hands on a body of exactly the limit', async () => {
    expect((await post(port, LIMIT + 1)).status).toBe(413);
    expect(await handled(port)).toBe(0);
    expect(await post(port, LIMIT)).toMatchObject({ status: 200, text: String(LIMIT) });
    expect(await handled(port)).toBe(1);
  });
});

describe('receiveBody, handing on the body', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function start(read: Reader) {
    const made = limitedServer(LIMIT, read);
    server = made.server;
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, seen: made.seen };
  }

  it.each(Object.keys(readers))('hands on the whole body, byte for byte, read with %s', async (name) => {
    const { port, seen } = await start(readers[name]!);
    const body = Buffer.from('تعليق قصير\n'.repeat(2000));
    const status = await new Promise<number>((resolve) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      // Many small writes: the body arrives in pieces.
      for (let i = 0; i < body.length; i += 1000) req.write(body.subarray(i, i + 1000));
      req.end();
    });
    expect(status).toBe(200);
    expect(seen.bodies[0]!.equals(body)).toBe(true);
  });

  it('lets requests without a body through at once, and keeps the connection for the next one', async () => {
    const { port, seen } = await start(readers['for await']!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<number>((resolve) => {
        http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
      });
    expect(await get()).toBe(200);
    expect(await get()).toBe(200);
    agent.destroy();
    expect(seen.handled).toBe(2);
  });
});
