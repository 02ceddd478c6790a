// Purging the HTTP caches in front (Varnish, edge/varnish.vcl) by surrogate key. Every write
// already refreshes the cache tags of what it changed (lib/cache/refresh.ts, the internal
// revalidate and tick routes); the same tags are purged on each cache in EDGE_PURGE_URLS, so a
// page is gone from the edge as soon as it is gone from the app.

/** A cache that does not answer must not hold an editor's save for long. */
const TIMEOUT_MS = 3000;

/** EDGE_PURGE_URLS: comma-separated addresses of the caches to purge (e.g. http://127.0.0.1:3001). */
export function purgeTargets(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.EDGE_PURGE_URLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Sends `PURGE` with the tags in `xkey-purge` to every configured cache; with EDGE_PURGE_SECRET
 * the secret goes along (the VCL accepts purges from the app's addresses or with the secret).
 * Never throws: a cache that does not answer is logged, and its pages expire by their own age.
 */
export async function purgeEdge(tags: Iterable<string>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const keys = [...new Set(tags)].filter((t) => t && !/\s/.test(t));
  const targets = purgeTargets(env);
  if (!keys.length || !targets.length) return;
  const headers: Record<string, string> = { 'xkey-purge': keys.join(' ') };
  if (env.EDGE_PURGE_SECRET) headers['x-purge-secret'] = env.EDGE_PURGE_SECRET;
  await Promise.all(
    targets.map(async (target) => {
      try {
        const response = await fetch(target, { method: 'PURGE', headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (!response.ok) console.error(`[edge] purge of ${keys.length} keys refused by ${target}: ${response.status}`);
        await response.arrayBuffer();
      } catch (error) {
        console.error(`[edge] purge of ${keys.length} keys failed on ${target}: ${(error as Error).message}`);
      }
    }),
  );
}
