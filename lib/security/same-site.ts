import { siteUrl } from '@/lib/site-url';

/**
 * Whether a browser sent this request from one of this site's own pages. Browsers say so in
 * Sec-Fetch-Site; older ones only give the Origin of every POST, checked against the host asked
 * for (or the public one behind a proxy). A request that proves neither is not from here: pages on
 * other sites can send beacons, no-cors fetches and forms, but cannot choose these headers.
 */
export function fromThisSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = headers.get('origin');
  if (!origin || !URL.canParse(origin)) return false;
  const host = new URL(origin).host;
  return [headers.get('host'), headers.get('x-forwarded-host'), new URL(siteUrl()).host].includes(host);
}
