// @ts-check
// The Redis connection shared by the two cache handlers of a `next start` instance. These files
// are plain JavaScript because Next imports them at run time, outside its bundles.
import { createClient, RESP_TYPES } from '@redis/client';

const CLIENT = Symbol.for('madina.cache.redis');
const WARNED = Symbol.for('madina.cache.redis.warned');

/** Every key of this portal starts with it, so one Redis can serve several sites or test runs. */
export const keyPrefix = `${process.env.CACHE_KEY_PREFIX || 'madina'}:`;

/**
 * A connected client that answers strings as Buffers, or null while Redis is unreachable: the
 * caller then behaves as on a cache miss (the page is rendered from the database) instead of
 * failing the reader's request.
 * @returns {Promise<import('@redis/client').RedisClientType<any, any, any, any, any> | null>}
 */
export async function redis() {
  /** @type {any} */
  const store = globalThis;
  if (!store[CLIENT]) {
    const client = createClient({
      url: process.env.REDIS_URL,
      // A command fails at once while the connection is down rather than waiting in a queue.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
    }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    client.on('error', (/** @type {Error} */ error) => warn(error));
    client.on('ready', () => {
      store[WARNED] = false;
    });
    store[CLIENT] = client.connect().then(
      () => client,
      (/** @type {Error} */ error) => {
        warn(error);
        return client;
      },
    );
  }
  const client = await store[CLIENT];
  return client.isReady ? client : null;
}

/** Runs a Redis operation; on any failure logs once per outage and returns the fallback. */
export async function withRedis(/** @type {(client: any) => Promise<any>} */ operation, /** @type {any} */ fallback) {
  try {
    const client = await redis();
    return client ? await operation(client) : fallback;
  } catch (error) {
    warn(/** @type {Error} */ (error));
    return fallback;
  }
}

function warn(/** @type {Error} */ error) {
  /** @type {any} */
  const store = globalThis;
  if (store[WARNED]) return;
  store[WARNED] = true;
  console.error(`[cache] Redis unavailable, serving from the database until it returns: ${error.message}`);
}

/** Seconds a stored entry may live in Redis: its own expiry, at most 30 days. */
export function ttlSeconds(/** @type {number | undefined} */ expire) {
  const max = 30 * 86_400;
  return typeof expire === 'number' && expire > 0 ? Math.min(Math.ceil(expire), max) : max;
}
