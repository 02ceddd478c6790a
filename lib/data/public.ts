// Cached reads for the public pages. Each one is tagged with what it shows (lib/cache-tags.ts),
// lives until a write revalidates it, and returns plain objects.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { articleTags, cacheTags } from '@/lib/cache-tags';
import type { ArticleFull } from './article-shapes';
import {
  findArticle,
  findTranslationGroup,
  findNeighbours,
  findRelated,
  listBreaking,
  listMostRead,
  listPublished,
  countPublished,
  type ArticleFilter,
} from './articles';
import { commentsClosed } from '@/lib/comments/policy';
import { findCommentTarget, listApprovedThreads } from './comments';
import { loadBody } from './article-body';
import { dayLines } from '@/lib/text/dates';
import { findAuthorBySlug, findCategoryBySlug, findPageBySlug, findTagBySlug, getSiteSettings, listCategories } from './site';
import { searchArticles } from './search';

/** What every public page's frame shows: the settings, the sections and the year. */
export async function cachedSiteFrame() {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.settings, cacheTags.categories);
  const [settings, categories] = await Promise.all([getSiteSettings(), listCategories()]);
  return { settings, categories, year: new Date().getFullYear() };
}

/** The top bar's date lines around now (lib/text/dates.ts): they change with the day, not with content. */
export async function cachedDayLines(locale: string) {
  'use cache';
  cacheLife('hours');
  return dayLines(new Date(), locale);
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
  const page = await findPageBySlug(slug);
  if (!page) return null;
  const body = await loadBody(page.body);
  cacheTag(...Object.keys(body.articles).map((id) => cacheTags.article(Number(id))));
  return { ...page, body };
}

/** A published article with the sizes of the images in its body, or null. */
export async function cachedArticle(id: number) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.article(id));
  const article = await findArticle(id);
  if (!article || article.status !== 'PUBLISHED') return null;
  const page = await articlePage(article);
  // A translation's edit changes the group: each version's page is tagged with the others; a
  // «اقرأ أيضاً» card shows another article's headline.
  cacheTag(...page.versions.map((v) => cacheTags.article(v.id)), ...Object.keys(page.body.articles).map((id) => cacheTags.article(Number(id))));
  return page;
}

/**
 * A staff preview (app/api/preview): the article as it is now, whatever its status, read past
 * every cache, for someone the caller has checked may edit it (lib/auth/preview.ts).
 */
export async function previewArticle(id: number, mayPreview: (article: ArticleFull) => boolean) {
  const article = await findArticle(id);
  if (!article || !mayPreview(article)) return null;
  return articlePage(article);
}

async function articlePage(article: ArticleFull) {
  const [body, versions] = await Promise.all([loadBody(article.body), findTranslationGroup(article)]);
  return { ...article, body, preview: article.status !== 'PUBLISHED', versions };
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
  // An unknown or unused tag becomes known when an article with it is published.
  cacheTag(tag ? cacheTags.tag(tag.id) : cacheTags.latest);
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
