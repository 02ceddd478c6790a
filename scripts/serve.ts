// The production server: Next's own request handler (what `next start` runs) behind compression,
// the security headers and a Content-Security-Policy nonce fresh for every response, written into
// the <script> tags of cached pages as they stream out; a database outage answers 503. `npm start`, the tests and the benchmarks
// all serve through it: `node --import tsx scripts/serve.ts` with PORT (default 3000).
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import next from 'next';
import { databaseAnswers } from '../lib/availability/database-health';
import { unavailablePage } from '../lib/availability/unavailable-page';
import { contentSecurityPolicy, newNonce, NonceInjector, staticSecurityHeaders } from '../lib/security/response-headers';

const port = Number(process.env.PORT ?? 3000);
process.env.PORT = String(port); // the scheduler and the cache's second pass call this server back
const https = (process.env.SITE_URL ?? '').startsWith('https://');
const fixedHeaders = Object.entries(staticSecurityHeaders(https));
/** LOG_SLOW_MS: log every request that took at least this long. */
const slowMs = Number(process.env.LOG_SLOW_MS ?? 0);

const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
const handle = app.getRequestHandler();
const compress = compression();

type Write = ServerResponse['write'];
type End = ServerResponse['end'];
type Encoding = BufferEncoding | undefined;

const toBuffer = (chunk: unknown, encoding?: Encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array));

/** Passes HTML bodies through a NonceInjector; any other body goes out untouched. */
function injectNonce(res: ServerResponse, nonce: string) {
  let injector: NonceInjector | null | undefined;
  const forHtml = () => {
    if (injector === undefined) {
      injector = String(res.getHeader('content-type') ?? '').startsWith('text/html') ? new NonceInjector(nonce) : null;
      // The body grows by the nonce attributes.
      if (injector && !res.headersSent) res.removeHeader('content-length');
    }
    return injector;
  };
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const html = forHtml();
    if (!html || chunk == null) return write(chunk, encoding, callback);
    const done = typeof encoding === 'function' ? encoding : callback;
    return write(html.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as Encoding) : undefined)), done);
  }) as Write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const html = forHtml();
    if (!html) return end(chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((a) => typeof a === 'function');
    const body = chunk == null || typeof chunk === 'function' ? Buffer.alloc(0) : html.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as Encoding) : undefined));
    return end(Buffer.concat([body, html.flush()]), done);
  }) as End;
}

/**
 * A 5xx from Next while the database does not answer becomes a 503 page that asks to come back
 * (Retry-After); any other 5xx goes out as it is. Responses rendered now (a streamed shell whose
 * rest comes from the database: `x-nextjs-postponed`) are held whole until that is known, since
 * Next sends their headers, with a 200, before the database has been asked.
 */
function answerOutagesWith503(req: IncomingMessage, res: ServerResponse) {
  let held: unknown[][] | undefined;
  let decided = false;
  const decide = () => {
    if (!decided && !res.headersSent) held = res.statusCode >= 500 || res.getHeader('x-nextjs-postponed') === '1' ? [] : undefined;
    decided = true;
    return held;
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = () => {
    if (!decide()) flushHeaders();
  };
  res.write = ((...args: unknown[]) => {
    const hold = decide();
    if (!hold) return write(...args);
    hold.push(args);
    return true;
  }) as Write;
  res.end = ((...args: unknown[]) => {
    const hold = decide();
    if (!hold) return end(...args);
    const chunks = [...hold, ...(args.length && typeof args[0] !== 'function' ? [args] : [])];
    const release = () => {
      for (const chunk of chunks.slice(0, -1)) write(...chunk);
      end(...(chunks.at(-1) ?? []));
    };
    if (res.statusCode < 500) {
      release();
      return res;
    }
    void databaseAnswers().then((up) => {
      if (up) return release();
      const url = new URL(req.url ?? '/', 'http://x');
      const page = unavailablePage(url.pathname, url.search);
      for (const name of res.getHeaderNames()) if (!name.startsWith('x-') && !/^(content-security-policy|referrer-policy|permissions-policy|strict-transport-security)$/.test(name)) res.removeHeader(name);
      res.statusCode = 503;
      for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
      end(page.html);
    });
    return res;
  }) as End;
}

await app.prepare();
const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
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
  const nonce = newNonce();
  for (const [name, value] of fixedHeaders) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, https));
  compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
    answerOutagesWith503(req, res);
    injectNonce(res, nonce);
    void handle(req, res);
  });
});
server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}`));
// MEMORY_LOG_MS: the process's memory every so often (the load test reads it).
const memoryLogMs = Number(process.env.MEMORY_LOG_MS ?? 0);
if (memoryLogMs) {
  const mib = (n: number) => Math.round(n / 2 ** 20);
  setInterval(() => {
    const m = process.memoryUsage();
    console.log(`[memory] rss ${mib(m.rss)} heapUsed ${mib(m.heapUsed)} heapTotal ${mib(m.heapTotal)} external ${mib(m.external)} arrayBuffers ${mib(m.arrayBuffers)}`);
  }, memoryLogMs).unref();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
