// Old addresses, written one way. A redirect's source is stored in this form and a request is
// brought to it before the lookup, so that `/Port-Expansion/`, `/port-expansion` and
// `/%D9%85%D9%8A…/page/2/` all find their row. Pure: used by the proxy, the importer and the admin.

/** WordPress query variables that identify an item (`/?p=12`), in the order they are read. */
const ITEM_QUERY = ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author', 'category_name'] as const;

export interface LegacyAddress {
  /** The normalised path to look up ('' for the site's root). */
  source: string;
  /** The last segment alone (`/slug`): a post's address under another permalink structure. */
  slugAlias: string | null;
  /** `/page/N` of an archive, or ?paged=N. */
  page: number;
  /** `/feed/` (or ?feed=…) asked for the feed of what the address shows. */
  feed: boolean;
  /** WordPress's search (`/?s=…`). */
  search: string | null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A path as stored: decoded, NFC, lower-case, single slashes, no trailing slash ('' for the root). */
export function normalisePath(path: string): string | null {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (!raw) continue;
    const decoded = decodeSegment(raw);
    if (decoded === null || /[\u0000-\u001f]/.test(decoded)) return null;
    segments.push(decoded.normalize('NFC').toLowerCase());
  }
  return segments.length ? `/${segments.join('/')}` : '';
}

/** The identifying WordPress query of an address (`/?p=12`), or null. */
export function itemQuery(search: URLSearchParams): string | null {
  for (const name of ITEM_QUERY) {
    const value = search.get(name)?.trim().toLowerCase();
    if (value && /^[\p{L}\p{N}_-]{1,200}$/u.test(value)) return `/?${name}=${value}`;
  }
  return null;
}

/** A stored source for an old address given as a URL or a path: its item query, else its path. */
export function sourceOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address, 'http://old.invalid');
  } catch {
    return null;
  }
  const query = itemQuery(url.searchParams);
  if (query && (url.pathname === '/' || url.pathname === '')) return query;
  const path = normalisePath(url.pathname);
  return path ? path : null;
}

const SUFFIXES: [RegExp, (m: RegExpExecArray, a: LegacyAddress) => void][] = [
  [/\/page\/(\d{1,6})$/, (m, a) => (a.page = Number(m[1]))],
  [/\/feed(?:\/(?:rss2?|atom|rdf))?$/, (_, a) => (a.feed = true)],
  [/\/comment-page-\d{1,6}$/, () => {}],
  [/\/(?:amp|embed|trackback)$/, () => {}],
];

/** What a request for an old address asks for, or null when its path cannot be read. */
export function readLegacyAddress(pathname: string, search: URLSearchParams): LegacyAddress | null {
  const address: LegacyAddress = { source: '', slugAlias: null, page: 1, feed: false, search: null };
  const s = search.get('s');
  if (s !== null && (pathname === '/' || pathname === '')) return { ...address, search: s.slice(0, 200) };
  if (search.get('feed')) address.feed = true;
  const paged = Number.parseInt(search.get('paged') ?? '', 10);
  if (paged > 1) address.page = paged;
  const path = normalisePath(pathname);
  if (path === null) return null;
  const query = itemQuery(search);
  if (query && path === '') return { ...address, source: query };
  let rest = path;
  for (let changed = true; changed;) {
    changed = false;
    for (const [pattern, apply] of SUFFIXES) {
      const m = pattern.exec(rest);
      if (m) {
        apply(m, address);
        rest = rest.slice(0, m.index);
        changed = true;
      }
    }
  }
  // A post split into pages (`/post-name/2/`) is one article here.
  const split = /^(\/.+)\/\d{1,4}$/.exec(rest);
  if (split && !/^\/\d{4}(\/\d{2}){0,2}$/.test(split[1]!)) rest = split[1]!;
  address.source = rest;
  const segments = rest.split('/').filter(Boolean);
  address.slugAlias = segments.length > 1 ? `/${segments.at(-1)}` : null;
  return address;
}

/** Where an old address goes, from the target of its row and what the request asked for. */
export function finalTarget(target: string, address: Pick<LegacyAddress, 'page' | 'feed'>): string {
  const archive = /^\/(category|tag|author)\/[^/?#]+$/.exec(target);
  if (address.feed) {
    if (archive?.[1] === 'category') return `/feed/${target.slice('/category/'.length)}.xml`;
    return archive || target === '/' ? '/feed.xml' : target;
  }
  if (address.page > 1 && archive) return `${target}/page/${address.page}`;
  return target;
}
