// Cached reads for the public pages. Each one is tagged with what it shows (lib/cache-tags.ts),
// lives until a write revalidates it, and returns plain objects.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { articleTags, cacheTags } from '@/lib/cache-tags';
import { findArticle, findNeighbours, findRelated, listBreaking, listMostRead, listPublished, countPublished, type ArticleFilter } from './articles';
import { findCategoryBySlug, findPageBySlug, getSiteSettings, listCategories } from './site';

export async function cachedSiteSettings() {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.settings);
  return getSiteSettings();
}

export async function cachedCategories() {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.categories);
  return listCategories();
}

export async function cachedCategory(slug: string) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.categories);
  return findCategoryBySlug(slug);
}

export async function cachedPage(slug: string) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.pages);
  return findPageBySlug(slug);
}

/** A published article, or null (drafts are never served from the public cache). */
export async function cachedArticle(id: number) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.article(id));
  const article = await findArticle(id);
  return article?.status === 'PUBLISHED' ? article : null;
}

export async function cachedArticleExtras(id: number) {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.article(id), cacheTags.latest);
  const article = await findArticle(id);
  if (!article || article.status !== 'PUBLISHED') return { related: [], previous: null, next: null };
  const [related, neighbours] = await Promise.all([findRelated(article), findNeighbours(article)]);
  const shown = [...related, ...[neighbours.previous, neighbours.next].filter((a) => a !== null)];
  cacheTag(...articleTags(shown));
  return { related, ...neighbours };
}

export async function cachedLatest(filter: ArticleFilter, take: number, skip = 0) {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.latest);
  if (filter.categoryId) cacheTag(cacheTags.category(filter.categoryId));
  if (filter.tagId) cacheTag(cacheTags.tag(filter.tagId));
  if (filter.authorId) cacheTag(cacheTags.author(filter.authorId));
  const [items, total] = await Promise.all([listPublished(filter, take, skip), countPublished(filter)]);
  cacheTag(...articleTags(items));
  return { items, total };
}

export async function cachedBreaking() {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.latest);
  const items = await listBreaking(5);
  cacheTag(...articleTags(items));
  return items;
}

export async function cachedMostRead() {
  'use cache';
  // Reads accumulate all day: a ten-minute-old ranking is fine.
  cacheLife('minutes');
  cacheTag(cacheTags.mostRead, cacheTags.latest);
  const items = await listMostRead(7, 5);
  cacheTag(...articleTags(items));
  return items;
}
