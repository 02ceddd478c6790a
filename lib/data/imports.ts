import 'server-only';
import { getDb } from '@/lib/db';
import type { ArticleStatus, CommentStatus, Role } from '@/lib/generated/sqlite/client';
import { indexArticle } from './search-index';
import { autoExcerptOfStored } from '@/lib/content/auto-excerpt';

// Writes of an import (lib/wordpress/import): each one keyed by the item's id on the old site
// through ImportedItem, so that running the import again updates instead of duplicating.

export interface ImportedRef {
  localId: number;
  sourceHash: string;
  writtenHash: string;
}

/** Everything of one kind imported from a site, by its id there. */
export async function importedOfKind(site: string, kind: string): Promise<Map<string, ImportedRef>> {
  const rows = await getDb().importedItem.findMany({ where: { site, kind }, select: { externalId: true, localId: true, sourceHash: true, writtenHash: true } });
  return new Map(rows.map((r) => [r.externalId, r]));
}

export async function findImported(site: string, kind: string, externalId: string): Promise<ImportedRef | null> {
  return getDb().importedItem.findUnique({
    where: { site_kind_externalId: { site, kind, externalId } },
    select: { localId: true, sourceHash: true, writtenHash: true },
  });
}

export async function recordImported(site: string, kind: string, externalId: string, ref: ImportedRef) {
  await getDb().importedItem.upsert({
    where: { site_kind_externalId: { site, kind, externalId } },
    create: { site, kind, externalId, ...ref },
    update: ref,
  });
}

export function hasSiteSettings() {
  return getDb()
    .siteSettings.count({ where: { id: 1 } })
    .then((n) => n > 0);
}

export function createSiteSettings(data: { siteName: string; tagline: string; description: string }) {
  return getDb().siteSettings.create({ data: { id: 1, ...data } });
}

export function findUserByEmail(email: string) {
  return getDb().user.findUnique({ where: { email }, select: { id: true, slug: true } });
}

export function findUser(id: number) {
  return getDb().user.findUnique({ where: { id }, select: { id: true, slug: true } });
}

async function freeSlug(taken: (slug: string) => Promise<boolean>, slug: string): Promise<string> {
  if (!(await taken(slug))) return slug;
  for (let n = 2; ; n++) if (!(await taken(`${slug}-${n}`))) return `${slug}-${n}`;
}

/** A staff account without a password (it cannot sign in until an admin sets one). */
export async function createImportedUser(data: { email: string; name: string; slug: string; role: Role }) {
  const db = getDb();
  const slug = await freeSlug(async (s) => (await db.user.count({ where: { slug: s } })) > 0, data.slug);
  return db.user.create({ data: { ...data, slug, passwordHash: '' }, select: { id: true, slug: true } });
}

export function updateImportedUser(id: number, data: { name: string }) {
  return getDb().user.update({ where: { id }, data, select: { id: true, slug: true } });
}

export function findCategory(where: { id: number } | { slug: string }) {
  return getDb().category.findUnique({ where, select: { id: true, slug: true, name: true, parentId: true } });
}

export async function createCategory(data: { slug: string; name: string; description: string; parentId: number | null }) {
  const db = getDb();
  const last = await db.category.aggregate({ _max: { position: true } });
  return db.category.create({ data: { ...data, position: (last._max.position ?? 0) + 1 }, select: { id: true, slug: true } });
}

export function updateCategory(id: number, data: { name: string; description: string; parentId: number | null }) {
  return getDb().category.update({ where: { id }, data, select: { id: true, slug: true } });
}

export function findTag(where: { id: number } | { slug: string }) {
  return getDb().tag.findUnique({ where, select: { id: true, slug: true, name: true } });
}

export function createTag(data: { slug: string; name: string }) {
  return getDb().tag.create({ data, select: { id: true, slug: true } });
}

export function findMediaKey(id: number) {
  return getDb().media.findUnique({ where: { id }, select: { id: true, key: true, widths: true, alt: true, caption: true } });
}

const slugFamily = (slug: string, exceptId: number | null) => ({
  OR: [{ slug }, { slug: { startsWith: `${slug}-` } }],
  ...(exceptId ? { id: { not: exceptId } } : {}),
});

/** Slugs of other articles that are `slug` or `slug-…`, in one query (to pick a free `slug-N`). */
export async function articleSlugsTaken(slug: string, exceptId: number | null): Promise<Set<string>> {
  const rows = await getDb().article.findMany({ where: slugFamily(slug, exceptId), select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/** The same for pages. */
export async function pageSlugsTaken(slug: string, exceptId: number | null): Promise<Set<string>> {
  const rows = await getDb().page.findMany({ where: slugFamily(slug, exceptId), select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/** The fields an import writes, as they are now (to notice an editor's changes since). */
export function findArticleForImport(id: number) {
  return getDb().article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      body: true,
      status: true,
      publishedAt: true,
      categoryId: true,
      coverId: true,
      seoTitle: true,
      seoDescription: true,
      tags: { select: { tagId: true } },
    },
  });
}

export interface ImportedArticle {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  createdAt: Date;
  contentUpdatedAt: Date | null;
  authorId: number;
  categoryId: number;
  coverId: number | null;
  coverAlt: string;
  coverCaption: string;
  seoTitle: string;
  seoDescription: string;
  language: string;
  commentsOpen: boolean;
  tagIds: number[];
}

/** Creates or rewrites an imported article with its tags and its search entry, in one transaction. */
export async function writeImportedArticle(id: number | null, data: ImportedArticle) {
  const { tagIds, ...fields } = data;
  return getDb().$transaction(async (tx) => {
    const tags = { create: tagIds.map((tagId) => ({ tagId })) };
    const article = id
      ? await tx.article.update({
          where: { id },
          // A new version: an editor who has the article open is told before saving over it.
          data: { ...fields, autoExcerpt: autoExcerptOfStored(fields.body), version: { increment: 1 }, tags: { deleteMany: {}, ...tags } },
          select: { id: true, slug: true, title: true, excerpt: true, body: true },
        })
      : await tx.article.create({
          data: { ...fields, autoExcerpt: autoExcerptOfStored(fields.body), tags },
          select: { id: true, slug: true, title: true, excerpt: true, body: true },
        });
    await indexArticle(tx, article);
    return article;
  });
}

export function updateArticleBody(id: number, body: string) {
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.update({
      where: { id },
      data: { body, autoExcerpt: autoExcerptOfStored(body), version: { increment: 1 } },
      select: { id: true, slug: true, title: true, excerpt: true, body: true },
    });
    await indexArticle(tx, article);
  });
}

async function inChunks<T>(ids: number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await read(ids.slice(i, i + 500))));
  return out;
}

export function findArticleRefs(ids: number[]) {
  return inChunks(ids, (chunk) => getDb().article.findMany({ where: { id: { in: chunk } }, select: { id: true, slug: true } }));
}

export function findPageRefs(ids: number[]) {
  return inChunks(ids, (chunk) => getDb().page.findMany({ where: { id: { in: chunk } }, select: { id: true, slug: true } }));
}

export function findPageForImport(id: number) {
  return getDb().page.findUnique({ where: { id }, select: { id: true, slug: true, title: true, body: true, parentId: true } });
}

export function writeImportedPage(id: number | null, data: { slug: string; title: string; body: string; parentId: number | null }) {
  return id ? getDb().page.update({ where: { id }, data, select: { id: true, slug: true } }) : getDb().page.create({ data, select: { id: true, slug: true } });
}

export interface ImportedComment {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  status: CommentStatus;
  ipHash: string;
  userId: number | null;
  createdAt: Date;
}

export function writeImportedComment(id: number | null, data: ImportedComment) {
  return id ? getDb().comment.update({ where: { id }, data, select: { id: true } }) : getDb().comment.create({ data, select: { id: true } });
}

export async function commentExists(id: number) {
  return (await getDb().comment.count({ where: { id } })) > 0;
}

/** The approved count kept on the article (cards show it without a query). */
export async function recountComments(articleId: number) {
  const db = getDb();
  const commentCount = await db.comment.count({ where: { articleId, status: 'APPROVED' } });
  await db.article.update({ where: { id: articleId }, data: { commentCount } });
}

/**
 * A redirect the import owns. One an editor saved by hand ("manual") is left as it is; returns
 * what happened.
 */
export async function upsertImportedRedirect(
  source: string,
  target: string,
  kind: string,
  write = true,
): Promise<'created' | 'updated' | 'unchanged' | 'kept'> {
  const db = getDb();
  const row = await db.redirect.findUnique({ where: { source }, select: { id: true, target: true, kind: true, origin: true } });
  if (!row) {
    if (write) await db.redirect.create({ data: { source, target, kind, origin: 'import' } });
    return 'created';
  }
  if (row.origin !== 'import') return 'kept';
  if (row.target === target && row.kind === kind) return 'unchanged';
  if (write) await db.redirect.update({ where: { id: row.id }, data: { target, kind } });
  return 'updated';
}

export function findExistingPage(slug: string) {
  return getDb().page.findUnique({ where: { slug }, select: { id: true } });
}
