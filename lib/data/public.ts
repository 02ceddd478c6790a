// Cached reads for the public pages. Each one is tagged with what it shows (lib/cache-tags.ts),
// lives until a write revalidates it, and returns plain objects.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { draftMode } from 'next/headers';
import { articleTags, cacheTags } from '@/lib/cache-tags';
import { findArticle, findTranslationGroup, findNeighbours, findRelated, listBreaking, listMostRead, listPublished, countPublished, type ArticleFilter } from './articles';
import { embeddedMediaKeys } from '@/lib/markdown/render';
import { commentsClosed } from '@/lib/comments/policy';
import { findCommentTarget, listApprovedThreads } from './comments';
import { findMediaByKeys } from './media';
import { findAuthorBySlug, findCategoryBySlug, findPageBySlug, findTagBySlug, getSiteSettings, listCategories } from './site';
import { searchArticles } from './search';

export async function cachedSiteSettings() {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.settings);
  return getSiteSettings();
}

/** What every public page's frame shows: the settings, the sections and the year. */
export async function cachedSiteFrame() {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.settings, cacheTags.categories);
  const [settings, categories] = await Promise.all([getSiteSettings(), listCategories()]);
  return { settings, categories, year: new Date().getFullYear() };
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

/**
 * A published article with the sizes of the images in its body, or null. In draft mode (staff
 * preview, app/api/preview) the cache is bypassed and unpublished articles are shown too.
 */
export async function cachedArticle(id: number) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.article(id));
  const preview = (await draftMode()).isEnabled;
  const article = await findArticle(id);
  if (!article || (article.status !== 'PUBLISHED' && !preview)) return null;
  const [embedded, versions] = await Promise.all([findMediaByKeys(embeddedMediaKeys(article.body)), findTranslationGroup(article)]);
  // A translation's edit changes the group: each version's page is tagged with the others.
  cacheTag(...versions.map((v) => cacheTags.article(v.id)));
  return { ...article, preview: preview && article.status !== 'PUBLISHED', embedded, versions };
}

export async function cachedArticleExtras(id: number) {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.article(id), cacheTags.latest);
  const article = await findArticle(id);
  if (!article) return { related: [], previous: null, next: null };
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

/**
 * Approved comments of an article and whether the form is open. A moderation change or an approved
 * post revalidates them; the hourly lifetime catches the day comments close by age.
 */
export async function cachedComments(articleId: number) {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.comments(articleId), cacheTags.settings);
  const [threads, target, settings] = await Promise.all([listApprovedThreads(articleId), findCommentTarget(articleId), getSiteSettings()]);
  return { threads, closed: !target || commentsClosed(target, settings) };
}

export async function cachedSearch(query: string, page: number) {
  'use cache';
  cacheLife('minutes');
  cacheTag(cacheTags.search, cacheTags.latest);
  const result = await searchArticles(query, page);
  cacheTag(...articleTags(result.hits));
  return result;
}

export async function cachedTag(slug: string) {
  'use cache';
  cacheLife('days');
  const tag = await findTagBySlug(slug);
  if (tag) cacheTag(cacheTags.tag(tag.id));
  return tag;
}

export async function cachedAuthor(slug: string) {
  'use cache';
  cacheLife('days');
  const author = await findAuthorBySlug(slug);
  if (author) cacheTag(cacheTags.author(author.id));
  return author;
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
