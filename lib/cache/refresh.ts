import 'server-only';
import { updateTag } from 'next/cache';
import { tickToken } from '@/lib/scheduler/token';

/** How long after a write the tags are expired a second time. */
const SETTLE_MS = 1500;

/**
 * Expires cache tags from a server action, at once (the editor sees their change) and once more a
 * moment later: a page render that started before the write (a reader's request, a link
 * prefetch) may finish after it and store the old data as new; the second pass removes it.
 */
export function refreshTags(tags: Iterable<string>) {
  const list = [...new Set(tags)];
  for (const tag of list) updateTag(tag);
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  setTimeout(() => {
    fetch(`${origin}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tickToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify(list),
    }).catch(() => {});
  }, SETTLE_MS).unref();
}
