// Public URLs, in one place. Articles carry their id so that a renamed slug still resolves;
// the slug is there for readers and search engines.
export const articlePath = (a: { id: number; slug: string }) => `/news/${a.id}/${encodeURIComponent(a.slug)}`;
export const categoryPath = (c: { slug: string }, page = 1) => `/category/${c.slug}${page > 1 ? `/page/${page}` : ''}`;
export const tagPath = (t: { slug: string }, page = 1) => `/tag/${encodeURIComponent(t.slug)}${page > 1 ? `/page/${page}` : ''}`;
export const authorPath = (u: { slug: string }, page = 1) => `/author/${u.slug}${page > 1 ? `/page/${page}` : ''}`;
export const mediaPath = (key: string) => `/media/${key}`;
export const categoryFeedPath = (c: { slug: string }) => `/feed/${c.slug}.xml`;

/** A path segment as written, or null when it is not valid percent-encoding. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A path in an interface language: Arabic at the root, the others under their prefix. */
export function localizedPath(locale: string, path: string): string {
  return locale === 'ar' ? path : `/${locale}${path === '/' ? '' : path}`;
}
