// Public URLs, in one place. Articles carry their id so that a renamed slug still resolves;
// the slug is there for readers and search engines.
// One slug rule: every slug (Latin or Arabic) is percent-encoded on the way out, and read back
// with slugFromSegment.
import { routing } from '@/i18n/routing';

const segment = (slug: string) => encodeURIComponent(slug);
const pageSuffix = (page: number) => (page > 1 ? `/page/${page}` : '');

export const articlePath = (a: { id: number; slug: string }) => `/news/${a.id}/${segment(a.slug)}`;
/**
 * The article's short address (/news/88): it leads to the current one, whatever the slug becomes.
 * Shared links use it, so that a message shows a link rather than a screen of percent-escapes.
 */
export const shortArticlePath = (a: { id: number }) => `/news/${a.id}`;
export const categoryPath = (c: { slug: string }, page = 1) => `/category/${segment(c.slug)}${pageSuffix(page)}`;
export const tagPath = (t: { slug: string }, page = 1) => `/tag/${segment(t.slug)}${pageSuffix(page)}`;
export const authorPath = (u: { slug: string }, page = 1) => `/author/${segment(u.slug)}${pageSuffix(page)}`;
export { mediaPath } from '@/lib/media/path';
export const categoryFeedPath = (c: { slug: string }) => `/feed/${segment(c.slug)}.xml`;

/** The slug a path segment names (percent-encoded or not, NFC), or null when it cannot be one. */
export function slugFromSegment(value: string): string | null {
  return safeDecode(value)?.normalize('NFC') || null;
}

/** A path segment as written, or null when it is not valid percent-encoding. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * A path with its percent-encoded letters written out, as an IRI: an Arabic letter takes 2 bytes
 * instead of 6, in the HTML and again in the RSC payload, and the browser encodes it back when it
 * follows the link. Escapes of anything but letters, marks and digits (reserved characters,
 * spaces, invisible controls) stay escaped.
 */
export function readablePath(path: string): string {
  return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const text = safeDecode(run);
    if (text === null) return run;
    return [...text].map((char) => (char > '\x7f' && /[\p{L}\p{M}\p{N}]/u.test(char) ? char : encodeURIComponent(char))).join('');
  });
}

/** A path in an interface language: Arabic at the root, the others under their prefix. */
export function localizedPath(locale: string, path: string): string {
  return locale === routing.defaultLocale ? path : `/${locale}${path === '/' ? '' : path}`;
}

/** A path of the site as its links write it: in the interface's language, Arabic slugs as letters. */
export const linkPath = (locale: string, path: string) => readablePath(localizedPath(locale, path));

/** What localizedPath undoes: the interface language a path is in, and the path without its prefix. */
export function splitLocalizedPath(pathname: string): { locale: string; path: string } {
  const prefixed = routing.locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
  if (!prefixed) return { locale: routing.defaultLocale, path: pathname };
  return { locale: prefixed, path: pathname.slice(prefixed.length + 1) || '/' };
}
