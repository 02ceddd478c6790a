// Tells a running portal that content changed under it (an import, a restore): its internal route
// expires the cache tags given, on every instance when they share Redis. The site is found at
// REFRESH_URL, else on this machine's PORT (3000).
import { tickToken } from '../../lib/scheduler/token';

export async function refreshLiveSite(tags: string[]): Promise<string> {
  const base = process.env.REFRESH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  try {
    for (let i = 0; i < tags.length; i += 200) {
      const response = await fetch(`${base}/api/internal/revalidate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tickToken()}`, 'content-type': 'application/json' },
        body: JSON.stringify(tags.slice(i, i + 200)),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status !== 204)
        return `The site at ${base} did not take the refresh (HTTP ${response.status}: is APP_SECRET the same?). Pages show the import once their cache expires or the site restarts.`;
    }
    return `The site at ${base} refreshed ${tags.length} cache tags: the import shows at once.`;
  } catch {
    return `No site answered at ${base} (set REFRESH_URL): nothing to refresh.`;
  }
}
