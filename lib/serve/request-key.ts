// Which requests the page store may answer, and under which key. Only anonymous document and
// file requests: a staff session or draft mode, Next's navigation data (RSC), the admin, the
// API, actions and media always go to Next.
import type { IncomingHttpHeaders } from 'node:http';
import { hasStaffCookie } from '@/lib/edge/staff-cookies';
import { SEARCH_LIMITS } from '@/lib/validation/search';

/** Headers of Next's client router: their answers are navigation data, not documents. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
const NEVER = /^\/(?:(?:fr|en)\/)?admin(?:\/|$)|^\/(?:api|media)\/|^\/_next\/(?!static\/)/;
const SEARCH = /^\/(?:(?:fr|en)\/)?search$/;
/** Query parameters that only say where a reader came from; the page is the same without them. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|gbraid|wbraid|msclkid|dclid|igshid|mc_cid|mc_eid|_ga|ref_src)$/i;

/** Longest search the page reads (app/[locale]/(site)/search/page.tsx). */

export function storeKey(method: string | undefined, rawUrl: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (hasStaffCookie(headers.cookie)) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  let url: URL;
  try {
    url = new URL(rawUrl ?? '/', 'http://store');
  } catch {
    return null;
  }
  const { pathname, searchParams } = url;
  if (NEVER.test(pathname) || searchParams.has('_rsc')) return null;
  if (SEARCH.test(pathname)) {
    // The same key for every address the page renders the same way: the first q, trimmed and
    // cut as the page does, and the page number.
    const q = (searchParams.get('q') ?? '').trim().slice(0, SEARCH_LIMITS.query);
    const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '', 10) || 1);
    return `${pathname}?q=${encodeURIComponent(q)}&page=${page}`;
  }
  const kept = [...searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length ? `${pathname}?${new URLSearchParams(kept).toString()}` : pathname;
}

/** Whether the stored answer for this key is a search (cached briefly, not by Next's tags alone). */
export const isSearchKey = (key: string) => SEARCH.test(key.split('?')[0]!);
