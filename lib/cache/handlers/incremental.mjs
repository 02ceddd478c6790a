// @ts-check
// The page cache (Next's `cacheHandler` interface: prerendered HTML, RSC payloads and route
// responses) when REDIS_URL is set. Any instance serves a page that another rendered, and
// before it does, the page's tags are synchronised from Redis so that Next's own freshness
// check sees an edit made through any instance. next.config.js installs it for `next start` only.
import { serialize, deserialize } from 'node:v8';
import { keyPrefix, ttlSeconds, withRedis } from './redis.mjs';
import { markTags, syncTags } from './shared-tags.mjs';
import { buildId } from './build-id.mjs';
import { nextClock } from '../../next-internals.mjs';

/** The header in which Next keeps the tags of a cached page or route response. */
const TAGS_HEADER = 'x-next-cache-tags';

/** @param {any} value @param {any} ctx @returns {string[]} */
function tagsOf(value, ctx) {
  if (value?.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

export default class RedisIncrementalCache {
  /** @param {string} key */
  #key(key) {
    return `${keyPrefix}${buildId()}:page:${key}`;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    /** @type {Buffer | null} */
    const stored = await withRedis((client) => client.get(this.#key(key)), null);
    if (!stored) return null;
    const entry = deserialize(stored);
    await syncTags(tagsOf(entry.value, ctx));
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    const entry = { value: data, lastModified: nextClock(), cacheControl };
    const ttl = ttlSeconds(cacheControl?.expire ?? ctx.revalidate);
    await withRedis((client) => client.set(this.#key(key), serialize(entry), { EX: ttl }), undefined);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await markTags(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
