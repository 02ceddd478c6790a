// A page as the store keeps it: Next's answer made once into everything each reader gets — the
// body in identity, gzip and brotli, its Content-Security-Policy (hashes of its inline scripts),
// an ETag and its surrogate keys — so that answering it again is writing bytes.
import crypto from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { SURROGATE_KEY_HEADER, surrogateKeys } from '@/lib/edge/surrogate-keys';
import { inlineScriptHashes, joinFlightScripts } from '@/lib/security/page-scripts';
import { contentSecurityPolicy } from '@/lib/security/response-headers';
import { frameworkOnDemand } from './framework-on-demand';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface StoredPage {
  status: number;
  /** Every header but the per-encoding ones, names in lower case. */
  headers: Record<string, string | string[]>;
  bodies: { identity: Buffer; gzip: Buffer | null; br: Buffer | null };
  etag: string;
  tags: string[];
  /** When the answer was asked of Next: a write after this makes it out of date. */
  renderedAt: number;
  /** Until when it may be served without asking Next again (its s-maxage). */
  freshUntil: number;
  /** Until when it may still be served while a fresh copy is fetched (stale-while-revalidate). */
  staleUntil: number;
  bytes: number;
}

export interface CapturedAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Not kept: about the connection, the encoding or the reader, or Next's internals. */
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'set-cookie',
  'etag',
  'x-nextjs-cache',
  // For Next's client router, which reads them from navigation data; stored pages are documents.
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  'x-middleware-rewrite',
  'x-nextjs-postponed',
  'content-security-policy',
  'vary',
  'cache-control',
]);
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
/** Below this, compression saves less than the headers it adds. */
const MIN_COMPRESS_BYTES = 1024;

export const isHtml = (headers: OutgoingHttpHeaders) => String(headers['content-type'] ?? '').startsWith('text/html');

/** Cache lifetime from Cache-Control: s-maxage (else max-age) and stale-while-revalidate, in seconds. */
export function lifetime(cacheControl: string): { fresh: number; stale: number } | null {
  if (/\b(private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const seconds = (name: string) => Number(new RegExp(`\\b${name}=(\\d+)`, 'i').exec(cacheControl)?.[1] ?? NaN);
  const fresh = Number.isFinite(seconds('s-maxage')) ? seconds('s-maxage') : seconds('max-age');
  if (!Number.isFinite(fresh) || fresh <= 0) return null;
  return { fresh, stale: seconds('stale-while-revalidate') || 0 };
}

export async function storedPage(
  answer: CapturedAnswer,
  options: { tags: string[]; renderedAt: number; cacheControl: string; fresh: number; stale: number; https: boolean },
): Promise<StoredPage> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined || DROPPED.has(name.toLowerCase())) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const html = isHtml(answer.headers);
  const body = html ? frameworkOnDemand(joinFlightScripts(answer.body)) : answer.body;
  headers['content-security-policy'] = contentSecurityPolicy(html ? inlineScriptHashes(body) : [], options.https);
  headers['cache-control'] = options.cacheControl;
  const keys = surrogateKeys(options.tags);
  if (keys) headers[SURROGATE_KEY_HEADER] = keys;
  const compress = COMPRESSIBLE.test(String(answer.headers['content-type'] ?? '')) && body.length >= MIN_COMPRESS_BYTES;
  const vary = compress ? mergeVary(answer.headers.vary, 'Accept-Encoding') : String(answer.headers.vary ?? '');
  if (vary) headers.vary = vary;
  const [gz, br] = compress
    ? await Promise.all([
        gzip(body, { level: 9 }),
        brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ])
    : [null, null];
  return {
    status: answer.status,
    headers,
    bodies: { identity: body, gzip: gz, br },
    etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    tags: options.tags,
    renderedAt: options.renderedAt,
    freshUntil: options.renderedAt + options.fresh * 1000,
    staleUntil: options.renderedAt + (options.fresh + options.stale) * 1000,
    bytes: body.length + (gz?.length ?? 0) + (br?.length ?? 0),
  };
}

function mergeVary(existing: unknown, name: string): string {
  const list = String(existing ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase())) list.push(name);
  return list.join(', ');
}
