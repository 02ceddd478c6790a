// Old addresses answer 301 from the proxy, before any page renders. Only an address that is not
// one of the portal's own (or that ends with a slash, points into /wp-content/, or carries
// WordPress's ?p=…) is looked up, so ordinary page views cost no query. Answers are never stored
// in Next's caches: an edit in the admin holds at once on every instance (the edge keeps them 10 min).
import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { findRedirectTarget, listPageSlugs } from '@/lib/data/redirects';
import { finalTarget, readLegacyAddress } from './legacy-path';
import { hasWordPressQuery, portalPathKind } from './portal-routes';

const PAGE_SLUGS_TTL_MS = 60_000;
const pages = { slugs: null as Set<string> | null, loadedAt: 0, loading: null as Promise<void> | null };

function refreshPageSlugs(): Promise<void> {
  pages.loading ??= listPageSlugs()
    .then((slugs) => {
      pages.slugs = new Set(slugs);
      pages.loadedAt = Date.now();
    })
    .finally(() => (pages.loading = null));
  return pages.loading;
}

/** Whether a static page has this slug: the list is read once a minute (used stale while it is read again). */
async function isPageSlug(slug: string): Promise<boolean> {
  if (!pages.slugs) await refreshPageSlugs();
  else if (Date.now() - pages.loadedAt > PAGE_SLUGS_TTL_MS) void refreshPageSlugs().catch(() => {});
  return pages.slugs?.has(slug) ?? false;
}

/** Whether this request may be for an old address (the only ones looked up). */
async function mayBeOld(pathname: string, search: URLSearchParams): Promise<boolean> {
  if (pathname.length > 1 && pathname.endsWith('/')) return true;
  if (pathname.startsWith('/wp-content/')) return true;
  if (pathname === '/') return hasWordPressQuery(search);
  const path = portalPathKind(pathname);
  if (path.kind === 'page') return !(await isPageSlug(path.slug));
  return path.kind === 'other';
}

function moved(request: NextRequest, target: string): NextResponse {
  const response = NextResponse.redirect(new URL(target, request.nextUrl), 301);
  response.headers.set('Cache-Control', 'public, max-age=600');
  return response;
}

/** A 301 for an old address, or null to let the request go on. */
export async function legacyRedirect(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { pathname, searchParams } = request.nextUrl;
  if (!(await mayBeOld(pathname, searchParams))) return null;
  const trailing = pathname.length > 1 && pathname.endsWith('/');
  const address = readLegacyAddress(pathname, searchParams);
  if (!address) return null;
  if (address.search !== null) return moved(request, `/search?q=${encodeURIComponent(address.search)}`);
  const target = address.source === '' ? '/' : await findRedirectTarget([address.source, address.slugAlias ?? '']);
  if (target) return moved(request, finalTarget(target, address));
  // A feed of something without a row: a section's feed when it is one, else the site's.
  if (address.feed) return moved(request, /^\/category\/[^/]+$/.test(address.source) ? finalTarget(address.source, address) : '/feed.xml');
  if (trailing) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.replace(/\/+$/, '');
    return moved(request, url.pathname + url.search);
  }
  return null;
}
