// RSS 2.0 through the `feed` library (it escapes and formats): the latest items, their summary or
// full text (a setting), and the cover image as an enclosure.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheLife, cacheTag } from 'next/cache';
import { Feed } from 'feed';
import { cacheTags } from '@/lib/cache-tags';
import { listFeedItems } from '@/lib/data/feeds';
import { findCategoryBySlug, getSiteSettings } from '@/lib/data/site';
import { renderMarkdownToHtml } from '@/lib/markdown/render';
import { mediaDir } from '@/lib/media/store';
import { absoluteUrl, siteUrl } from '@/lib/site-url';
import { articlePath, authorPath, categoryFeedPath, categoryPath, mediaPath } from '@/lib/urls';

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
  const feed = new Feed({
    title: category ? `${settings.siteName}: ${category.name}` : settings.siteName,
    description: category?.description || settings.description,
    id: absoluteUrl(category ? categoryPath(category) : '/'),
    link: absoluteUrl(category ? categoryPath(category) : '/'),
    language: 'ar',
    image: absoluteUrl('/brand/logo.png'),
    copyright: settings.siteName,
    updated: items[0]?.publishedAt ?? undefined,
    generator: siteUrl(),
    feedLinks: { rss: absoluteUrl(selfPath) },
    ttl: 15,
  });
  for (const a of items) {
    const url = absoluteUrl(articlePath(a));
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      date: a.contentUpdatedAt ?? a.publishedAt!,
      published: a.publishedAt!,
      // RSS descriptions are read as HTML: the excerpt is plain text, so it is escaped.
      description: escapeHtml(a.excerpt),
      content: settings.rssFullText ? renderMarkdownToHtml(a.body, a.language === 'ar') : undefined,
      author: [{ name: a.author.name, link: absoluteUrl(authorPath(a.author)) }],
      category: [{ name: a.category.name, domain: absoluteUrl(categoryPath(a.category)) }],
      enclosure: a.cover ? { url: absoluteUrl(`${mediaPath(a.cover.key)}/og.jpg`), type: 'image/jpeg', length: await enclosureLength(a.cover.key), title: a.coverAlt } : undefined,
    });
  }
  return feed.rss2();
}

export const RSS_HEADERS = { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300, s-maxage=900, stale-while-revalidate=86400' };
