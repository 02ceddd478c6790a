// Metadata of the public pages: canonical URL, Open Graph, Twitter card and robots rules, built
// the same way everywhere. Paths are resolved against metadataBase (SITE_URL) by Next.
import type { Metadata } from 'next';

const OG_LOCALE: Record<string, string> = { ar: 'ar_MA', fr: 'fr_MA', en: 'en_US' };
export const SHARE_CARD = { url: '/brand/share.png', width: 1200, height: 630 };
/** Archive pages past this one stay crawlable but out of the index. */
export const INDEXED_ARCHIVE_PAGES = 5;

interface PageMeta {
  title?: string;
  description?: string;
  path: string;
  locale: string;
  siteName: string;
  image?: { url: string; width: number; height: number; alt?: string };
  noindex?: boolean;
  article?: { publishedTime?: string; modifiedTime?: string; section: string; tags: string[]; authors: string[] };
  /** Extra feeds for autodiscovery (the site feed is always there). */
  feeds?: { url: string; title: string }[];
}

export function pageMetadata(p: PageMeta): Metadata {
  const image = p.image ?? { ...SHARE_CARD, alt: p.siteName };
  return {
    ...(p.title ? { title: p.title } : {}),
    description: p.description,
    // A page's alternates replace the layout's, so the site feed is repeated here.
    alternates: { canonical: p.path, types: { 'application/rss+xml': [{ url: '/feed.xml', title: p.siteName }, ...(p.feeds ?? [])] } },
    openGraph: {
      type: p.article ? 'article' : 'website',
      url: p.path,
      siteName: p.siteName,
      locale: OG_LOCALE[p.locale] ?? p.locale,
      title: p.title ?? p.siteName,
      description: p.description,
      images: [image],
      ...(p.article ?? {}),
    },
    twitter: { card: 'summary_large_image', title: p.title ?? p.siteName, description: p.description, images: [image.url] },
    robots: p.noindex ? { index: false, follow: true } : { index: true, follow: true, 'max-image-preview': 'large' },
  };
}
