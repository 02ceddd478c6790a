// Metadata of the public pages: canonical URL, Open Graph, Twitter card and robots rules, built
// the same way everywhere. Paths are resolved against metadataBase (SITE_URL) by Next.
import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/lib/urls';

const OG_LOCALE: Record<string, string> = { ar: 'ar_MA', fr: 'fr_MA', en: 'en_US' };
export const SHARE_CARD = { url: '/brand/share.png', width: 1200, height: 630 };
/** Archive pages past this one stay crawlable but out of the index. */
export const INDEXED_ARCHIVE_PAGES = 5;

interface PageMeta {
  title?: string;
  description?: string;
  /** The path without a language prefix; the page's URL in `locale` is derived from it. */
  path: string;
  /** The interface language of this page. */
  locale: string;
  /** Canonical path when it is not this page's own (an article read in another interface). */
  canonical?: string;
  /** hreflang alternates when they are not the interface languages (an article and its translations). */
  languages?: Record<string, string>;
  siteName: string;
  image?: { url: string; width: number; height: number; alt?: string };
  noindex?: boolean;
  article?: { publishedTime?: string; modifiedTime?: string; section: string; tags: string[]; authors: string[] };
  /** Extra feeds for autodiscovery (the site feed is always there). */
  feeds?: { url: string; title: string }[];
}

/** The page in every interface language, with Arabic as the default for other languages. */
export function interfaceAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((l) => [l, localizedPath(l, path)])),
    'x-default': localizedPath(routing.defaultLocale, path),
  };
}

export function pageMetadata(p: PageMeta): Metadata {
  const image = p.image ?? { ...SHARE_CARD, alt: p.siteName };
  const canonical = p.canonical ?? localizedPath(p.locale, p.path);
  return {
    ...(p.title ? { title: p.title } : {}),
    description: p.description,
    // A page's alternates replace the layout's, so the site feed is repeated here.
    alternates: {
      canonical,
      languages: p.languages ?? interfaceAlternates(p.path),
      types: { 'application/rss+xml': [{ url: '/feed.xml', title: p.siteName }, ...(p.feeds ?? [])] },
    },
    openGraph: {
      type: p.article ? 'article' : 'website',
      url: canonical,
      siteName: p.siteName,
      locale: OG_LOCALE[p.locale] ?? p.locale,
      title: p.title ?? p.siteName,
      description: p.description,
      images: [image],
      ...(p.article ?? {}),
    },
    // X reads the title, description and picture from Open Graph: only the card's shape is its own.
    // (Next copies Open Graph's title and description into twitter:* regardless; an empty picture
    // list at least keeps the image's four tags from being written twice.)
    twitter: { card: 'summary_large_image', images: [] },
    robots: p.noindex ? { index: false, follow: true } : { index: true, follow: true, 'max-image-preview': 'large' },
  };
}
