// The request handling of the production server (scripts/serve.ts) around Next's handler: public
// answers from the page store (compressed once, their CSP computed once), everything else
// through Next, with the inline-script hashes of any HTML it renders and a 503 page when the
// database is down.
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import { databaseAnswers } from '@/lib/availability/database-health';
import { unavailablePage } from '@/lib/availability/unavailable-page';
import { routeTags } from '@/lib/edge/surrogate-keys';
import { inlineScriptHashes } from '@/lib/security/page-scripts';
import { contentSecurityPolicy, staticSecurityHeaders } from '@/lib/security/response-headers';
import { nextClock, onCacheEntryTags } from '@/lib/next-internals.mjs';
import { holdResponse, type HeldAnswer } from './hold-response';
import { PageStore } from './page-store';
import { frameworkOnDemand } from './framework-on-demand';
import { isSearchKey, storeKey } from './request-key';
import { sendStored } from './send-stored';
import { isHtml, lifetime, storedPage, type StoredPage } from './stored-page';
import { refreshedSince } from './tag-times';

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** How long a search answer is kept (by its normalised query), unless an article write comes first. */
export const SEARCH_SECONDS = 60;
/** What a search page shows besides its results: the frame (sections, settings) and articles. */
const SEARCH_TAGS = ['search', 'settings', 'categories', 'latest'];

export function createPageServer(handle: Handle, options: { https: boolean; storeBytes: number }) {
  const fixedHeaders = Object.entries(staticSecurityHeaders(options.https));
  const plainPolicy = contentSecurityPolicy([], options.https);
  const store = new PageStore(options.storeBytes);
  /** Fills under way, so that readers asking for the same page at once wait for one render. */
  const filling = new Map<string, Promise<StoredPage | null>>();
  const compress = compression();
  let warnedUntagged = false;

  /** The stored page to answer with, or null when Next must be asked. */
  async function lookup(key: string): Promise<{ page: StoredPage; state: 'HIT' | 'STALE' } | null> {
    const page = store.get(key);
    if (!page) return null;
    if (await refreshedSince(page.tags, page.renderedAt)) {
      store.delete(key);
      return null;
    }
    const now = nextClock();
    if (now < page.freshUntil) return { page, state: 'HIT' };
    // Past its age: one request asks Next again, the others get this copy meanwhile.
    if (now < page.staleUntil && filling.has(key)) return { page, state: 'STALE' };
    return null;
  }

  /** Makes the stored page from Next's answer, or null when it must not be shared. */
  async function toStore(req: IncomingMessage, key: string, answer: HeldAnswer, meta: { tags?: string[] }, renderedAt: number): Promise<StoredPage | null> {
    if (req.method !== 'GET' || answer.status !== 200 || answer.headers['set-cookie'] !== undefined) return null;
    const search = isSearchKey(key);
    const cacheControl = search ? `public, max-age=0, s-maxage=${SEARCH_SECONDS}` : String(answer.headers['cache-control'] ?? '');
    const life = search ? { fresh: SEARCH_SECONDS, stale: 0 } : lifetime(cacheControl);
    if (!life) return null;
    const pathname = key.split('?')[0]!;
    const tags = [...(meta.tags ?? []), ...routeTags(pathname), ...(search ? SEARCH_TAGS : [])];
    const immutable = /\bimmutable\b/.test(cacheControl);
    if (!tags.length && !immutable && isHtml(answer.headers)) {
      // Without its tags a page could not be dropped when it changes: never store it blind.
      if (!warnedUntagged) console.warn(`[page-store] Next gave no cache tags for ${pathname}: such pages are not stored`);
      warnedUntagged = true;
      return null;
    }
    // A write during the render may have been read or not: such an answer is not kept.
    if (await refreshedSince(tags, renderedAt)) return null;
    // Next served its own stale copy while it renders a new one: keep it only until then.
    const stale = answer.headers['x-nextjs-cache'] === 'STALE';
    return storedPage(answer, {
      tags,
      renderedAt,
      cacheControl,
      fresh: stale ? 0 : life.fresh,
      stale: stale ? life.fresh + life.stale : life.stale,
      https: options.https,
    });
  }

  /**
   * Sends an answer Next rendered that is not stored: HTML with the hashes of its scripts. A public
   * page (`readers`: one the store would keep) loads the framework on first use as a stored one does,
   * even when this answer could not be kept (a write during its render, a 404).
   */
  function sendHeld(req: IncomingMessage, res: ServerResponse, answer: HeldAnswer, readers: boolean) {
    const html = isHtml(answer.headers);
    const body = html && readers ? frameworkOnDemand(answer.body) : answer.body;
    res.setHeader('Content-Security-Policy', html ? contentSecurityPolicy(inlineScriptHashes(body), options.https) : plainPolicy);
    res.removeHeader('content-length');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** A 5xx while the database does not answer becomes the 503 page; otherwise null. */
  async function outage(req: IncomingMessage, res: ServerResponse, answer: HeldAnswer): Promise<boolean> {
    if (answer.status < 500 || (await databaseAnswers())) return false;
    const url = new URL(req.url ?? '/', 'http://x');
    const page = unavailablePage(url.pathname, url.search);
    for (const name of res.getHeaderNames())
      if (!name.startsWith('x-') && !/^(referrer-policy|permissions-policy|strict-transport-security)$/.test(name)) res.removeHeader(name);
    res.statusCode = 503;
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', plainPolicy);
    res.end(page.html);
    return true;
  }

  function askNext(req: IncomingMessage, res: ServerResponse, key: string | null) {
    const meta: { tags?: string[] } = {};
    // Next's clock: the tag times this is compared with are Next's (lib/next-internals.mjs).
    const renderedAt = nextClock();
    let fill: ((page: StoredPage | null) => void) | undefined;
    if (key && req.method === 'GET' && !filling.has(key)) {
      filling.set(key, new Promise((resolve) => (fill = resolve)));
      onCacheEntryTags(req, (tags) => (meta.tags = tags));
    }
    const done = (page: StoredPage | null) => {
      if (!fill) return;
      filling.delete(key!);
      fill(page);
      fill = undefined;
    };
    res.once('close', () => done(null));
    const rawEnd = { writeHead: res.writeHead, write: res.write, end: res.end };
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
      holdResponse(
        res,
        (r) => key !== null || isHtml(r.getHeaders()) || r.statusCode >= 500 || r.getHeader('x-nextjs-postponed') === '1',
        (answer) => {
          void (async () => {
            if (await outage(req, res, answer)) return done(null);
            const page =
              key && fill ? await toStore(req, key, answer, meta, renderedAt).catch((e: Error) => (console.error(`[page-store] ${e.message}`), null)) : null;
            if (page && key) {
              store.set(key, page);
              Object.assign(res, rawEnd); // compressed already: around the compression middleware
              // Whether Next rendered it or had it (its own cache, shared by instances with Redis).
              const next = answer.headers['x-nextjs-cache'];
              sendStored(req, res, page, 'MISS', fixedHeaders, next ? { 'x-nextjs-cache': String(next) } : {});
            } else {
              sendHeld(req, res, answer, key !== null);
            }
            done(page);
          })();
        },
      );
      void handle(req, res);
    });
  }

  return {
    store,
    async handle(req: IncomingMessage, res: ServerResponse) {
      for (const [name, value] of fixedHeaders) res.setHeader(name, value);
      res.setHeader('Content-Security-Policy', plainPolicy);
      const key = storeKey(req.method, req.url, req.headers);
      if (key) {
        const found = await lookup(key);
        if (found) return sendStored(req, res, found.page, found.state, fixedHeaders);
        const pending = filling.get(key);
        if (pending) {
          const page = await pending;
          if (page) return sendStored(req, res, page, 'HIT', fixedHeaders);
        }
      }
      askNext(req, res, key);
    },
  };
}
