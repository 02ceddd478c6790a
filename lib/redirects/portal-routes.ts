// The shapes of the portal's own addresses. The proxy looks an address up among the redirects
// only when it is not one of these (or ends with a slash, or carries WordPress's query), so
// ordinary page views never ask the database. Pure.
import { routing } from '@/i18n/routing';

const PREFIXED = routing.locales.filter((l) => l !== routing.defaultLocale).join('|');
const LOCALE = new RegExp(`^/(?:${PREFIXED})(?=/|$)`);

const OWN = [/^\/$/, /^\/news\/\d{1,9}\/[^/]+$/, /^\/(?:category|tag|author)\/[^/]+(?:\/page\/\d{1,6})?$/, /^\/search$/, /^\/admin(?:\/.*)?$/];

/**
 * 'own' for an address the portal's pages answer, 'page' for a single segment (a static page or
 * an old post's address: only the list of pages tells), 'other' for everything else.
 */
export function portalPathKind(pathname: string): { kind: 'own' | 'other' } | { kind: 'page'; slug: string } {
  const path = pathname.replace(LOCALE, '') || '/';
  if (OWN.some((r) => r.test(path))) return { kind: 'own' };
  const single = /^\/([^/]+)$/.exec(path);
  if (!single) return { kind: 'other' };
  try {
    return { kind: 'page', slug: decodeURIComponent(single[1]!).normalize('NFC') };
  } catch {
    return { kind: 'other' };
  }
}

/** WordPress's query variables that name an item, a search or a feed on the site's root. */
export function hasWordPressQuery(search: URLSearchParams): boolean {
  for (const name of ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author', 'category_name', 's', 'feed', 'paged']) if (search.has(name)) return true;
  return false;
}
