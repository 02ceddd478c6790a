// Answering from the page store: the stored bytes in the encoding the reader accepts, with the
// stored headers; a 304 when the reader already has them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredPage } from './stored-page';

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (q > 0) of those the page has. */
export function chooseEncoding(acceptEncoding: string | undefined, page: StoredPage): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name!.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (page.bodies.br && ok('br')) return 'br';
  if (page.bodies.gzip && ok('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Writes the stored answer with the raw methods of the response (bypassing the compression
 * middleware: the bodies are compressed already). `state` says where it came from, for tests and
 * logs: HIT, MISS (just stored) or STALE (served while a fresh copy is fetched).
 */
export function sendStored(
  req: IncomingMessage,
  res: ServerResponse,
  page: StoredPage,
  state: 'HIT' | 'MISS' | 'STALE',
  fixedHeaders: [string, string][],
  extra: Record<string, string> = {},
) {
  // The same headers whether the page was just stored or long ago.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  for (const [name, value] of fixedHeaders) res.setHeader(name, value);
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.setHeader('etag', page.etag);
  res.setHeader('x-page-store', state);
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  if (page.status === 200 && req.headers['if-none-match'] === page.etag) {
    res.statusCode = 304;
    res.removeHeader('content-length');
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'], page);
  const body = page.bodies[encoding]!;
  res.statusCode = page.status;
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
