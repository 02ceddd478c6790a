// The production server: Next's own request handler (what `next start` runs) behind the page
// store (lib/serve/page-server.ts: public pages answered from memory, compressed once, with a
// Content-Security-Policy naming the hashes of their inline scripts) and the security headers; a
// database outage answers 503. `npm start`, the tests and the benchmarks all serve through it:
// compiled into one module by scripts/bundle-server.mjs, then `node .builds/server/serve.mjs` with
// PORT (default 3000).
import './lib/server-memory';
import http from 'node:http';
import next from 'next';
import { bodyLimitFor } from '../lib/http/body-limits';
import { declaresTooMuch, pathOf, receiveBody } from '../lib/serve/body-limit';
import { createPageServer } from '../lib/serve/page-server';
import { watchClock } from '../lib/serve/clock-watch';

const port = Number(process.env.PORT ?? 3000);
process.env.PORT = String(port); // the scheduler and the cache's second pass call this server back
const https = (process.env.SITE_URL ?? '').startsWith('https://');
/** LOG_SLOW_MS: log every request that took at least this long. */
const slowMs = Number(process.env.LOG_SLOW_MS ?? 0);
/** PAGE_STORE_MB: memory for stored pages (all their encodings), least recently used out first. */
const storeBytes = Number(process.env.PAGE_STORE_MB ?? 64) * 2 ** 20;

const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
const handle = app.getRequestHandler();

await app.prepare();
const pages = createPageServer(handle, { https, storeBytes });
const limitOf = (req: http.IncomingMessage) => bodyLimitFor(pathOf(req.url), req.headers.cookie);
const server = http.createServer((req, res) => {
  // This server is the last hop: it adds the address it sees, as a proxy does (Next would only
  // set one when none came, which would let a client choose its own; lib/security/client-address).
  const forwarded = req.headers['x-forwarded-for'];
  const peer = req.socket.remoteAddress ?? 'unknown';
  req.headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${peer}` : peer;
  if (slowMs) {
    const started = performance.now();
    // 'close' also comes for answers the client gave up waiting for.
    res.once('close', () => {
      const ms = performance.now() - started;
      if (ms >= slowMs) console.warn(`[slow] ${req.method} ${req.url} ${res.writableFinished ? res.statusCode : 'abandoned'} ${Math.round(ms)} ms`);
    });
  }
  // Bodies are received and counted here, whole and within their limit, before Next reads them.
  receiveBody(req, res, limitOf(req), () => void pages.handle(req, res));
});
// «Expect: 100-continue»: a body announced over its limit is refused before the client sends it.
server.on('checkContinue', (req, res) => {
  if (!declaresTooMuch(req, limitOf(req))) res.writeContinue();
  server.emit('request', req, res);
});
server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}`));
watchClock();
// MEMORY_LOG_MS: the process's memory every so often (the load test reads it).
const memoryLogMs = Number(process.env.MEMORY_LOG_MS ?? 0);
if (memoryLogMs) {
  const mib = (n: number) => Math.round(n / 2 ** 20);
  setInterval(() => {
    const m = process.memoryUsage();
    const stored = pages.store.size;
    console.log(
      `[memory] rss ${mib(m.rss)} heapUsed ${mib(m.heapUsed)} heapTotal ${mib(m.heapTotal)} external ${mib(m.external)} arrayBuffers ${mib(m.arrayBuffers)} pageStore ${stored.pages}/${mib(stored.bytes)}`,
    );
  }, memoryLogMs).unref();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
