// schema.org objects for the public pages, typed with schema-dts.
import type { BreadcrumbList, NewsArticle, Organization, WebSite, WithContext } from 'schema-dts';
import type { ArticleFull } from '@/lib/data/article-shapes';
import type { SocialLinks } from '@/lib/data/site';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { articlePath, authorPath, categoryPath, localizedPath, mediaPath } from '@/lib/urls';
import { wordCount } from '@/lib/text/reading-time';

/** Google truncates longer headlines in its news surfaces. */
export const MAX_HEADLINE = 110;

type Site = { siteName: string; description: string; socialLinks: SocialLinks };

export const LOGO_PATH = '/brand/logo.png';

export function organizationLd(site: Site): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': `${siteUrl()}/#organization`,
    name: site.siteName,
    url: `${siteUrl()}/`,
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: '600', height: '60' },
    sameAs: Object.values(site.socialLinks as Record<string, string | undefined>).filter((u): u is string => Boolean(u)),
  };
}

export function websiteLd(site: Site, locale: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${siteUrl()}/#website`,
    name: site.siteName,
    description: site.description,
    url: `${siteUrl()}/`,
    inLanguage: locale,
    publisher: { '@id': `${siteUrl()}/#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl()}/search?q={search_term_string}` },
      // schema-dts has no type for Google's "query-input"; it is a documented extension.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** The last crumb (the page itself) names no address: Google does not need it, and it is the page's own, already given. */
export function breadcrumbLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      ...(i < items.length - 1 && { item: absoluteUrl(item.path) }),
    })),
  };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * `text`: the body's reader-visible text (its word count is part of the data). The address is
 * given once, as mainEntityOfPage: written out, an Arabic slug takes half a kilobyte, twice per page.
 */
export function newsArticleLd(article: Omit<ArticleFull, 'body'> & { text: string }, site: Site): WithContext<NewsArticle> {
  const url = absoluteUrl(localizedPath(article.language, articlePath(article)));
  const images = article.cover ? (['16x9', '4x3', '1x1'] as const).map((crop) => absoluteUrl(`${mediaPath(article.cover!.key)}/${crop}.webp`)) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncate(article.title, MAX_HEADLINE),
    // No description: Google's article data does not use it, and the page's meta and Open Graph
    // descriptions carry the excerpt already (here it weighed twice, in the HTML and the payload).
    image: images,
    datePublished: article.publishedAt?.toISOString(),
    dateModified: (article.contentUpdatedAt ?? article.publishedAt ?? article.updatedAt).toISOString(),
    author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(authorPath(article.author)) }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      '@id': `${siteUrl()}/#organization`,
      name: site.siteName,
      logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH) },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: article.category.name,
    wordCount: wordCount(article.text),
    keywords: article.tags.map((t) => t.name).join(', ') || undefined,
    inLanguage: article.language,
    isAccessibleForFree: true,
  };
}

export const categoryCrumb = (c: { name: string; slug: string }) => ({ name: c.name, path: categoryPath(c) });
