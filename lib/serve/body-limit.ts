// Request bodies held to a size by the production server, before Next sees them. Next reads an
// action's body up to serverActions.bodySizeLimit (one limit for every action, and answered with
// a 500), and a route handler's request.json() reads any size: a 400 MB JSON POST ended the
// process. Here every body is received first and counted as it comes off the connection, so a
// chunked body (no Content-Length) is held like any other, and the request only goes on once the
// body is complete and within its limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOO_LARGE_HEADERS, tooLargeText } from '@/lib/http/too-large';

/** How long a refused request's connection stays open for the client to read the answer. */
export const LINGER_MS = 2000;

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean;

/** The path of a request's URL ('/' when it does not parse). */
export function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return '/';
  }
}

/** Whether the request says it has a body longer than `limit` (it may still lie by being chunked). */
export function declaresTooMuch(req: IncomingMessage, limit: number): boolean {
  return Number(req.headers['content-length'] ?? 0) > limit;
}

/**
 * Receives the body of `req` (up to `limit` bytes, in memory), then calls `proceed` with the body
 * ready to be read again, as if it had just arrived. Past the limit the answer is a 413 instead,
 * nothing more is kept, and `proceed` is never called. Requests without a body go on at once.
 *
 * Must run as the request arrives (in the server's 'request' event): the body is taken from
 * Node's HTTP parser, which hands every chunk to the request's push(); the request gets the
 * chunks it was owed once they are all there.
 */
export function receiveBody(req: IncomingMessage, res: ServerResponse, limit: number, proceed: () => void) {
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (!chunked && !(Number(req.headers['content-length'] ?? 0) > 0)) return proceed();
  if (declaresTooMuch(req, limit)) return turnAway(req, res);

  const push = req.push as Push;
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  const held: Push = function (this: IncomingMessage, chunk, encoding) {
    if (chunk === null) {
      // The body is complete: the request gets its own push() back, and the chunks.
      delete (req as { push?: Push }).push;
      if (refused) return push.call(this, null);
      for (const c of chunks) push.call(this, c);
      chunks.length = 0;
      const more = push.call(this, null);
      proceed();
      return more;
    }
    if (refused) return false; // what the parser still had in hand; it reads no more
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    received += buffer.length;
    if (received > limit) {
      refused = true;
      chunks.length = 0;
      turnAway(req, res);
      return false;
    }
    chunks.push(buffer);
    return true;
  };
  req.push = held as typeof req.push;
  // A client that gives up halfway leaves nothing behind.
  req.once('close', () => (chunks.length = 0));
}

/**
 * Answers 413, reads nothing more, and closes the connection without resetting it.
 * - Node reads the rest of a body nobody read once the answer is sent, and drops it: up to the
 *   whole 50 MB, as fast as it comes, each piece a buffer for the collector. It leaves alone a
 *   request being read (read(0) starts that), and the paused connection reads nothing more.
 * - Node closes a connection right after an answer with «Connection: close» (destroySoon): with
 *   the client still sending, that close is a reset, and a reset can cost the client the answer
 *   it was sent (Node's own client drops it). So our half closes after the answer, and the whole
 *   connection LINGER_MS later, once the client has had time to read it.
 */
function turnAway(req: IncomingMessage, res: ServerResponse) {
  const socket = req.socket;
  req.read(0);
  socket.pause();
  socket.destroySoon = () => socket.end();
  const linger = setTimeout(() => socket.destroy(), LINGER_MS);
  linger.unref();
  socket.once('close', () => clearTimeout(linger));
  if (res.headersSent) return socket.destroy();
  const text = tooLargeText(pathOf(req.url));
  res.writeHead(413, { ...TOO_LARGE_HEADERS, 'Content-Length': Buffer.byteLength(text), Connection: 'close' });
  res.end(text);
}
