// The sitemap files, cached and tagged 'sitemap' (every publish, edit or removal refreshes them).
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import {
  articleBlockLastmods,
  articleSitemapBlock,
  authorsForSitemap,
  categoriesForSitemap,
  countPublishedArticles,
  newsSitemapArticles,
  pagesForSitemap,
  SITEMAP_URLS,
  tagsForSitemap,
} from '@/lib/data/sitemap';
import { getSiteSettings } from '@/lib/data/site';
import { absoluteUrl } from '@/lib/site-url';
import { articlePath, authorPath, categoryPath, tagPath } from '@/lib/urls';
import { newsUrlset, sitemapIndex, urlset } from './sitemap-xml';

const newest = (dates: (Date | null)[]) => {
  const t = dates.filter((d): d is Date => Boolean(d)).map((d) => d.getTime());
  return t.length ? new Date(Math.max(...t)) : null;
};

export const sitemapPath = (name: string) => `/sitemaps/${name}.xml`;

export const XML_HEADERS = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
};

/** The sitemap index, cached until something is published or edited. */
export async function sitemapIndexXml(): Promise<string> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.sitemap);
  return buildSitemapIndex();
}

/** One sitemap file by name (articles-1, news, categories, tags, authors, pages), or null. */
export async function sitemapXml(name: string): Promise<string | null> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.sitemap);
  return buildSitemap(name);
}

export async function buildSitemapIndex(): Promise<string> {
  const blocks = Math.max(1, Math.ceil((await countPublishedArticles()) / SITEMAP_URLS));
  const [lastmods, categories, tags, authors, news] = await Promise.all([
    articleBlockLastmods(blocks),
    categoriesForSitemap(),
    tagsForSitemap(),
    authorsForSitemap(),
    newsSitemapArticles(),
  ]);
  return sitemapIndex([
    ...lastmods.map((lastmod, i) => ({ loc: absoluteUrl(sitemapPath(`articles-${i + 1}`)), lastmod })),
    { loc: absoluteUrl(sitemapPath('news')), lastmod: news[0]?.publishedAt ?? null },
    { loc: absoluteUrl(sitemapPath('categories')), lastmod: newest(categories.map((c) => c.lastmod)) },
    { loc: absoluteUrl(sitemapPath('tags')), lastmod: newest(tags.map((t) => t.lastmod)) },
    { loc: absoluteUrl(sitemapPath('authors')), lastmod: newest(authors.map((a) => a.lastmod)) },
    { loc: absoluteUrl(sitemapPath('pages')) },
  ]);
}

export async function buildSitemap(name: string): Promise<string | null> {
  const block = /^articles-([1-9]\d{0,4})$/.exec(name);
  if (block) {
    const rows = await articleSitemapBlock(Number(block[1]) - 1);
    return rows.length ? urlset(rows.map((a) => ({ loc: absoluteUrl(articlePath(a)), lastmod: a.lastmod }))) : null;
  }
  switch (name) {
    case 'news': {
      const [settings, rows] = await Promise.all([getSiteSettings(), newsSitemapArticles()]);
      return newsUrlset(
        settings.siteName,
        rows.map((a) => ({ loc: absoluteUrl(articlePath(a)), language: a.language, published: a.publishedAt!, title: a.title })),
      );
    }
    case 'categories':
      return urlset((await categoriesForSitemap()).map((c) => ({ loc: absoluteUrl(categoryPath(c)), lastmod: c.lastmod })));
    case 'tags':
      return urlset((await tagsForSitemap()).map((t) => ({ loc: absoluteUrl(tagPath(t)), lastmod: t.lastmod })));
    case 'authors':
      return urlset((await authorsForSitemap()).map((a) => ({ loc: absoluteUrl(authorPath(a)), lastmod: a.lastmod })));
    case 'pages':
      return urlset([{ loc: absoluteUrl('/') }, ...(await pagesForSitemap()).map((p) => ({ loc: absoluteUrl(`/${p.slug}`), lastmod: p.updatedAt }))]);
    default:
      return null;
  }
}
