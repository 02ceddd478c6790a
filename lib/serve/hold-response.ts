// Holding Next's answer whole instead of streaming it: needed to store it, to hash the inline
// scripts of an HTML page before its Content-Security-Policy header goes out, and to turn a 5xx
// into the 503 page when the database is down. Decided at the first write, when Next has set
// the status and the headers.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export interface HeldAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Method = (...args: unknown[]) => unknown;

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array);

/**
 * Takes over the response's writeHead, flushHeaders, write and end. At the first of them
 * `shouldHold(res)` decides: if false, everything passes through unchanged; if true, the answer
 * is collected and `onHeld` receives it whole, with the response's own methods given back, so it
 * can send whatever it decides.
 */
export function holdResponse(res: ServerResponse, shouldHold: (res: ServerResponse) => boolean, onHeld: (answer: HeldAnswer) => void) {
  const own = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  let holding: boolean | undefined;
  const chunks: Buffer[] = [];
  const restore = () => Object.assign(res, own);
  const decide = () => {
    if (holding === undefined) {
      holding = !res.headersSent && shouldHold(res);
      if (!holding) restore();
    }
    return holding;
  };
  const call = (name: keyof typeof own, args: unknown[]) => (own[name] as Method).apply(res, args);
  res.writeHead = ((...args: unknown[]) => {
    // writeHead(status, [message], [headers]): applied to the response, sent later.
    const headers = args.find((a, i) => i > 0 && a && typeof a === 'object') as OutgoingHttpHeaders | undefined;
    res.statusCode = Number(args[0]);
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    if (!decide()) return call('writeHead', [res.statusCode]);
    return res;
  }) as ServerResponse['writeHead'];
  res.flushHeaders = () => {
    if (!decide()) call('flushHeaders', []);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return call('write', [chunk, ...rest]);
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((a) => typeof a === 'function') as (() => void) | undefined;
    if (callback) queueMicrotask(callback);
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!decide()) return call('end', [chunk, ...rest]);
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    restore();
    onHeld({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    return res;
  }) as ServerResponse['end'];
}
