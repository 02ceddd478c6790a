// When each cache tag was last refreshed, as Next itself knows it: the process-wide map that
// updateTag/revalidateTag write into (shared by every bundle of the server, hence "external").
// With REDIS_URL the times of writes made through other instances are copied in first, as the
// shared cache handlers do before Next answers from an entry (lib/cache/handlers/shared-tags.mjs).
import { nextTags as manifest } from '@/lib/next-internals.mjs';

type SyncTags = (tags: string[]) => Promise<unknown>;
let shared: Promise<SyncTags> | null = null;

/** Whether any of the tags was refreshed (expired or marked stale) after `since`. */
export async function refreshedSince(tags: string[], since: number): Promise<boolean> {
  if (!tags.length) return false;
  if (process.env.REDIS_URL) {
    shared ??= import('../cache/handlers/shared-tags.mjs').then((m: { syncTags: SyncTags }) => m.syncTags);
    await (
      await shared
    )(tags);
  }
  return manifest.areTagsExpired(tags, since) || manifest.areTagsStale(tags, since);
}
