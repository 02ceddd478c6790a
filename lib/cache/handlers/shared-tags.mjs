// @ts-check
// Tag invalidation shared by every instance. Next keeps the times at which each tag went stale
// or expired in a per-process map; the instance that handles a write records them in Redis
// too, and every instance copies the ones it needs back into its own map before it answers
// from a cached entry, so Next's own freshness checks see writes made anywhere.
import { nextClock, nextTags as manifestModule } from '../../next-internals.mjs';
import { keyPrefix, withRedis } from './redis.mjs';

/** @type {Map<string, { stale?: number; expired?: number }>} */
const tagsManifest = manifestModule.tagsManifest;

const STALE = `${keyPrefix}tags:stale`;
const EXPIRED = `${keyPrefix}tags:expired`;

/**
 * Marks tags as revalidated now, with Next's meaning: without durations they expire at once;
 * with durations they are stale now (served once more while a fresh copy renders) and expire
 * after `expire` seconds.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function markTags(tags, durations) {
  if (tags.length === 0) return;
  const now = nextClock();
  /** @type {Record<string, string>} */
  const stale = {};
  /** @type {Record<string, string>} */
  const expired = {};
  for (const tag of tags) {
    const entry = { ...tagsManifest.get(tag) };
    if (durations) {
      entry.stale = now;
      if (durations.expire !== undefined) entry.expired = now + durations.expire * 1000;
    } else {
      entry.expired = now;
    }
    tagsManifest.set(tag, entry);
    if (entry.stale !== undefined) stale[tag] = String(entry.stale);
    if (entry.expired !== undefined) expired[tag] = String(entry.expired);
  }
  await withRedis(async (client) => {
    const writes = [];
    if (Object.keys(stale).length) writes.push(client.hSet(STALE, stale));
    if (Object.keys(expired).length) writes.push(client.hSet(EXPIRED, expired));
    await Promise.all(writes);
  }, undefined);
}

/**
 * Copies the shared times of these tags into this process's map (keeping the later of the
 * two) and returns them.
 * @param {string[]} tags
 * @returns {Promise<{ stale: number; expired: number }[]>}
 */
export async function syncTags(tags) {
  if (tags.length === 0) return [];
  /** @type {[(Buffer | null)[], (Buffer | null)[]]} */
  const [stale, expired] = await withRedis((client) => Promise.all([client.hmGet(STALE, tags), client.hmGet(EXPIRED, tags)]), [[], []]);
  return tags.map((tag, i) => {
    const local = tagsManifest.get(tag) ?? {};
    const times = {
      stale: Math.max(local.stale ?? 0, Number(stale[i] ?? 0)),
      expired: Math.max(local.expired ?? 0, Number(expired[i] ?? 0)),
    };
    if (times.stale || times.expired) {
      tagsManifest.set(tag, { ...(times.stale ? { stale: times.stale } : {}), ...(times.expired ? { expired: times.expired } : {}) });
    }
    return times;
  });
}
