// @ts-check
// The `'use cache'` handler (Next's `cacheHandlers` interface) when REDIS_URL is set: entries live
// in Redis, so every instance reuses what any of them rendered, and tags are checked against
// the shared invalidation times. next.config.js installs it for `next start` only.
import { nextClock, nextTags as manifestModule } from '../../next-internals.mjs';
import { keyPrefix, ttlSeconds, withRedis } from './redis.mjs';
import { markTags, syncTags } from './shared-tags.mjs';
import { buildId } from './build-id.mjs';

const { areTagsExpired, areTagsStale } = manifestModule;

/** @typedef {import('next/dist/server/lib/cache-handlers/types').CacheEntry} CacheEntry */

/** Writes still streaming in this process: a read of the same key waits for them. */
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

const entryKey = (/** @type {string} */ cacheKey) => `${keyPrefix}${buildId()}:data:${cacheKey}`;

/** Stored as a 4-byte length, the metadata as JSON, then the value's bytes. */
function encode(/** @type {Omit<CacheEntry, 'value'>} */ meta, /** @type {Buffer} */ value) {
  const head = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, value]);
}

function decode(/** @type {Buffer} */ stored) {
  const length = stored.readUInt32BE(0);
  /** @type {Omit<CacheEntry, 'value'>} */
  const meta = JSON.parse(stored.subarray(4, 4 + length).toString());
  return { meta, value: stored.subarray(4 + length) };
}

async function bytesOf(/** @type {ReadableStream<Uint8Array>} */ stream) {
  const chunks = [];
  for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (/** @type {unknown} */ (stream))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function streamOf(/** @type {Buffer} */ bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const handler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    /** @type {Buffer | null} */
    const stored = await withRedis((client) => client.get(entryKey(cacheKey)), null);
    if (!stored) return undefined;
    const { meta, value } = decode(stored);
    if (nextClock() > meta.timestamp + meta.revalidate * 1000) return undefined;
    await syncTags(meta.tags);
    if (areTagsExpired(meta.tags, meta.timestamp)) return undefined;
    const revalidate = areTagsStale(meta.tags, meta.timestamp) ? -1 : meta.revalidate;
    return { ...meta, revalidate, value: streamOf(value) };
  },

  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      // An entry that expires at once is dynamic: Next renders it on every read.
      if (entry.expire === 0) return;
      const { value, ...meta } = entry;
      const bytes = await bytesOf(value);
      await withRedis((client) => client.set(entryKey(cacheKey), encode(meta, bytes), { EX: ttlSeconds(meta.expire) }), undefined);
    } catch {
      // A render that failed while streaming leaves nothing behind; the next read renders again.
    } finally {
      pendingSets.delete(cacheKey);
      done();
    }
  },

  // Tags are read from Redis when an entry is used (get, getExpiration), not once per request.
  async refreshTags() {},

  async getExpiration(tags) {
    const times = await syncTags(tags);
    return Math.max(0, ...times.map((t) => t.expired));
  },

  async updateTags(tags, durations) {
    await markTags(tags, durations);
  },
};

export default handler;
