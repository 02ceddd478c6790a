// RSS 2.0 of the site and of each section: the latest items, their summary or full text (a
// setting), and the cover image as an enclosure.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { listFeedItems } from '@/lib/data/feeds';
import { findCategoryBySlug, getSiteSettings } from '@/lib/data/site';
import { getTranslations } from 'next-intl/server';
import { documentToHtml } from '@/lib/content/document-html';
import { loadBody } from '@/lib/data/article-body';
import { mediaDir } from '@/lib/media/media-dir';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { rss2, type RssItem } from './rss-xml';
import { articlePath, categoryFeedPath, categoryPath, mediaPath } from '@/lib/urls';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function enclosureLength(key: string): Promise<number | undefined> {
  const stat = await fs.stat(path.join(/* turbopackIgnore: true */ mediaDir(), key, 'og.jpg')).catch(() => null);
  return stat?.size;
}

/** The site feed, or one category's (null for an unknown category), cached until a write. */
export async function rssXml(categorySlug?: string): Promise<string | null> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.feeds, cacheTags.settings, cacheTags.latest);
  return buildRss(categorySlug);
}

export async function buildRss(categorySlug?: string): Promise<string | null> {
  const [settings, category] = await Promise.all([getSiteSettings(), categorySlug ? findCategoryBySlug(categorySlug) : null]);
  if (categorySlug && !category) return null;
  const items = await listFeedItems(category?.id);
  const selfPath = category ? categoryFeedPath(category) : '/feed.xml';
  const link = absoluteUrl(category ? categoryPath(category) : '/');
  const entries: RssItem[] = [];
  const t = settings.rssFullText ? await getTranslations({ locale: 'ar', namespace: 'Article' }) : null;
  for (const a of items) {
    const url = absoluteUrl(articlePath(a));
    let content: string | undefined;
    if (t) {
      const body = await loadBody(a.body);
      content = documentToHtml(body.doc, {
        image: (id) =>
          body.media[id] ? { src: absoluteUrl(`${mediaPath(body.media[id].key)}/960.webp`), width: body.media[id].width, height: body.media[id].height } : null,
        article: (id) => (body.articles[id] ? { href: absoluteUrl(body.articles[id].path), title: body.articles[id].title } : null),
        readAlso: t('readAlso'),
        viewOn: (provider) => t(`embed.viewOn.${provider}`),
      });
    }
    entries.push({
      title: a.title,
      link: url,
      published: a.publishedAt!,
      // RSS descriptions are read as HTML: the excerpt is plain text, so it is escaped.
      description: escapeHtml(a.excerpt || a.autoExcerpt),
      content,
      author: a.author.name,
      category: { name: a.category.name, domain: absoluteUrl(categoryPath(a.category)) },
      enclosure: a.cover ? { url: absoluteUrl(`${mediaPath(a.cover.key)}/og.jpg`), type: 'image/jpeg', length: await enclosureLength(a.cover.key) } : undefined,
    });
  }
  return rss2(
    {
      title: category ? `${settings.siteName}: ${category.name}` : settings.siteName,
      description: category?.description || settings.description,
      link,
      selfLink: absoluteUrl(selfPath),
      language: 'ar',
      image: absoluteUrl('/brand/logo.png'),
      copyright: settings.siteName,
      generator: siteUrl(),
      ttlMinutes: 15,
      lastBuildDate: items[0]?.publishedAt ?? undefined,
    },
    entries,
  );
}

export const RSS_HEADERS = {
  'Content-Type': 'application/rss+xml; charset=utf-8',
  'Cache-Control': 'public, max-age=300, s-maxage=900, stale-while-revalidate=86400',
};
