// Surrogate keys: the cache tags of a public response, sent in an `xkey` header so that an HTTP
// cache in front (Varnish with the xkey module, edge/varnish.vcl) can drop every page showing
// something the moment a write refreshes its tag (lib/edge/purge.ts).

/** Next's own implicit tags (`_N_T_/…`, one per path segment) are never purged by name. */
const IMPLICIT = '_N_T_';

export const SURROGATE_KEY_HEADER = 'xkey';

/** The tags a cache should key a response by, space-separated as xkey expects. */
export function surrogateKeys(tags: readonly string[]): string {
  return [...new Set(tags.filter((t) => t && !t.startsWith(IMPLICIT) && !/\s/.test(t)))].join(' ');
}

/**
 * Tags of route handlers, which Next does not hand to the server: feeds and sitemaps are
 * refreshed by the `feeds` and `sitemap` tags (lib/cache-tags.ts).
 */
export function routeTags(pathname: string): string[] {
  if (/^\/(feed\.xml|feed\/)/.test(pathname)) return ['feeds', 'settings'];
  if (/^\/(sitemap\.xml|sitemaps\/)/.test(pathname)) return ['sitemap'];
  return [];
}
