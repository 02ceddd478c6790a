import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { articleWriteTags } from '@/lib/cache-tags';
import { publishDueArticles } from '@/lib/data/article-admin';
import { recordAudit } from '@/lib/data/audit';
import { purgeDiscardedComments, recentlyPublished } from '@/lib/data/housekeeping';
import { purgeExpiredCounters } from '@/lib/data/rate-limit';
import { purgeExpiredSessions } from '@/lib/data/sessions';
import { liveBounds, sessionLimits } from '@/lib/auth/session-policy';
import { isTickToken } from '@/lib/scheduler/token';
import { queryOrigin } from '@/lib/db-query-log';
import { expireTagsNow } from '@/lib/cache/expire-now';
import { purgeEdge } from '@/lib/edge/purge';

/** Window in which an instance refreshes articles another instance may have published. */
const CATCH_UP_MS = 120_000;

/** The scheduler's tick (lib/scheduler/start.ts); refuses any caller without the app's token. */
export async function POST(request: Request) {
  if (!isTickToken(request.headers.get('authorization'))) return new Response(null, { status: 404 });
  return queryOrigin.run('scheduler', tick);
}

async function tick() {
  const now = new Date();
  const published = await publishDueArticles(now);
  for (const a of published) await recordAudit(null, 'article.scheduled-publish', 'article', a.id);
  // Instances with caches of their own (no REDIS_URL) each refresh what went live lately, so
  // that each cache follows even when another instance won the race to publish. A shared cache
  // has already been told by the instance that published. The caches in front are purged by
  // the instance that published.
  const live = process.env.REDIS_URL ? [] : await recentlyPublished(new Date(now.getTime() - CATCH_UP_MS), now);
  const refresh = live.length || published.length ? articleWriteTags(...live, ...published) : [];
  for (const tag of refresh) revalidateTag(tag, { expire: 0 });
  if (published.length) {
    const tags = articleWriteTags(...published);
    await expireTagsNow(tags);
    await purgeEdge(tags);
    after(() => purgeEdge(tags));
  }
  const [counters, sessions, comments] = await Promise.all([
    purgeExpiredCounters(now),
    purgeExpiredSessions(liveBounds(now, sessionLimits())),
    purgeDiscardedComments(now),
  ]);
  return Response.json(
    { published: published.map((a) => a.id), refreshed: live.map((a) => a.id), purged: { counters, sessions, comments } },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
