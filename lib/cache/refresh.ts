import 'server-only';
import { updateTag } from 'next/cache';
import { after } from 'next/server';
import { purgeEdge } from '@/lib/edge/purge';
import { expireTagsNow } from './expire-now';
import { tickToken } from '@/lib/scheduler/token';
import { serverOrigin } from '@/lib/next-internals.mjs';

/** How long after a write the tags are expired a second time. */
const SETTLE_MS = 1500;

/**
 * Expires cache tags from a server action, at once (the editor sees their change) and once more a
 * moment later: a page render that started before the write (a reader's request, a link
 * prefetch) may finish after it and store the old data as new; the second pass removes it.
 * The tags are expired in this process at once (Next applies updateTag only as the action ends),
 * then purged from the HTTP caches in front (EDGE_PURGE_URLS) before the editor is answered, so
 * that the next request anywhere gets the new page; and purged again after the answer, with
 * Next's own expiry applied.
 */
export async function refreshTags(tags: Iterable<string>) {
  const list = [...new Set(tags)];
  for (const tag of list) updateTag(tag);
  await expireTagsNow(list);
  await purgeEdge(list);
  after(() => purgeEdge(list));
  const origin = serverOrigin();
  setTimeout(() => {
    fetch(`${origin}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tickToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify(list),
    }).catch(() => {});
  }, SETTLE_MS).unref();
}
