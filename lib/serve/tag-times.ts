// When each cache tag was last refreshed, as Next itself knows it: the process-wide map that
// updateTag/revalidateTag write into (shared by every bundle of the server, hence "external").
// With REDIS_URL the times of writes made through other instances are copied in first, as the
// shared cache handlers do before Next answers from an entry (lib/cache/handlers/shared-tags.mjs).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nextTags as manifest } from '@/lib/next-internals.mjs';

// Next loads its cache handlers by file (next.config.js); this must be that very module (one
// Redis client), so it is imported by its URL at run time, not copied into the server's bundle.
const SHARED_TAGS = pathToFileURL(path.resolve('lib/cache/handlers/shared-tags.mjs')).href;

type SyncTags = (tags: string[]) => Promise<unknown>;
let shared: Promise<SyncTags> | null = null;

/** Whether any of the tags was refreshed (expired or marked stale) after `since`. */
export async function refreshedSince(tags: string[], since: number): Promise<boolean> {
  if (!tags.length) return false;
  if (process.env.REDIS_URL) {
    shared ??= import(SHARED_TAGS).then((m: { syncTags: SyncTags }) => m.syncTags);
    await (
      await shared
    )(tags);
  }
  return manifest.areTagsExpired(tags, since) || manifest.areTagsStale(tags, since);
}
