// @ts-check
// Every use of Next.js internals that are not public API, in one place. An upgrade of Next may
// move or reshape them without notice; checkNextInternals() runs when the server starts
// (instrumentation.ts) and says exactly what broke instead of failing later on a write.
import { createRequire } from 'node:module';
import manifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

const TAGS_MANIFEST = 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

/**
 * Next's per-process record of when each cache tag went stale or expired, with its own checks
 * (the shared Redis tag store keeps it in step across instances).
 * @type {{ tagsManifest: Map<string, { stale?: number; expired?: number }>; areTagsExpired: (tags: string[], timestamp: number) => boolean; areTagsStale: (tags: string[], timestamp: number) => boolean }}
 */
export const nextTags = manifestModule;

/**
 * Calls `onTags` with the cache tags of the page Next answers this request with: Next hands each
 * cache entry it serves or has just rendered to the request's `onCacheEntry` hook (request meta,
 * as deployment adapters use it), and the page's tags are in the entry's `x-next-cache-tags`
 * header. Route handlers have no such hook. The page store (lib/serve) never stores an HTML page
 * that came without tags, and warns, so a change here shows at once.
 * @param {import('node:http').IncomingMessage} req
 * @param {(tags: string[]) => void} onTags
 */
export function onCacheEntryTags(req, onTags) {
  /** @type {any} */
  const request = req;
  const meta = (request[Symbol.for('NextInternalRequestMeta')] ??= {});
  meta.onCacheEntry = (/** @type {any} */ entry) => {
    const header = entry?.value?.headers?.['x-next-cache-tags'];
    if (typeof header === 'string' && header) onTags(header.split(','));
    // Not handled here: Next goes on to send the answer itself.
    return false;
  };
}

/**
 * Now, on the clock Next stamps cache entries and tag times with and checks them against: the
 * wall time when this process started plus the monotonic time since. `Date.now()` leaves it
 * whenever the system clock is stepped (a virtual machine resumed and set to the right time, a
 * clock corrected while the server runs); a freshness check that compares a time from one clock
 * with a time from the other then keeps a replaced page as new, or expires a tag in the future.
 * Every time this project compares with Next's, or hands to Next, is taken from here.
 */
export function nextClock() {
  return performance.timeOrigin + performance.now();
}

/**
 * The address this server answers itself on. `next start` sets __NEXT_PRIVATE_ORIGIN to the
 * address it listens on; without it, loopback on PORT.
 */
export function serverOrigin() {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/**
 * What no longer matches this project's use of Next's internals, empty when all is well.
 * @param {Record<string, unknown>} [tags] the tags-manifest module (the installed one by default)
 */
export function nextInternalsProblems(tags = nextTags) {
  const problems = [];
  if (!(tags?.tagsManifest instanceof Map)) problems.push(`${TAGS_MANIFEST} no longer exports a tagsManifest Map`);
  for (const name of ['areTagsExpired', 'areTagsStale']) {
    if (typeof tags?.[name] !== 'function') problems.push(`${TAGS_MANIFEST} no longer exports ${name}()`);
  }
  return problems;
}

/**
 * Throws at start-up, naming each internal that changed, rather than misbehaving later.
 * @param {Record<string, unknown>} [tags]
 */
export function checkNextInternals(tags = nextTags) {
  const problems = nextInternalsProblems(tags);
  if (problems.length === 0) return;
  const version = createRequire(import.meta.url)('next/package.json').version;
  throw new Error(
    `Next.js ${version} changed internals this project relies on (lib/next-internals.mjs):\n- ${problems.join('\n- ')}\n` +
      'Shared caching across instances (lib/cache/handlers) must be reviewed for this version.',
  );
}
