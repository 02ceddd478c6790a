// Expiring cache tags in this process at this very moment. Next applies updateTag/revalidateTag
// when an action or route handler ends, possibly after its answer has left; the caches in front
// are purged before that, and a cache refetching in between must already get the new page. Next
// keeps tag times in one process-wide map, read by its page cache, its 'use cache' data and the
// server's page store; marking the tags there (and in Redis when instances share it, as the shared
// cache handlers do) is what Next's own expiry does a moment later.
import { nextClock, nextTags } from '@/lib/next-internals.mjs';

export async function expireTagsNow(tags: string[]) {
  if (!tags.length) return;
  if (process.env.REDIS_URL) {
    const { markTags } = (await import('./handlers/shared-tags.mjs')) as { markTags: (tags: string[]) => Promise<void> };
    await markTags(tags);
    return;
  }
  const now = nextClock();
  for (const tag of tags) nextTags.tagsManifest.set(tag, { ...nextTags.tagsManifest.get(tag), expired: now });
}
