import 'server-only';
import { getDb } from '@/lib/db';
import type { ArticleStatus, Prisma } from '@/lib/generated/sqlite/client';
import { slugify } from '@/lib/text/slug';
import { indexArticle, queryTerms, removeFromIndex, searchIndex } from './search-index';
import { articlePath } from '@/lib/urls';
import { autoExcerpt } from '@/lib/content/auto-excerpt';
import type { ArticleContent } from '@/lib/validation/article';

export interface AdminArticleFilter {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q?: string;
}

export async function listArticlesForAdmin(filter: AdminArticleFilter, take: number, skip: number) {
  const where: Prisma.ArticleWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    ...(filter.authorId ? { authorId: filter.authorId } : {}),
    ...(filter.q ? { title: { contains: filter.q } } : {}),
  };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take,
      skip,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        authorId: true,
        author: { select: { name: true } },
        category: { select: { name: true } },
      },
    }),
    db.article.count({ where }),
  ]);
  return { rows, total };
}

export function listAuthors() {
  return getDb().user.findMany({ where: { articles: { some: {} } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The editor's suggestions: approved tags only (a waiting one may come from an embargoed draft). */
export function listTagNames() {
  return getDb().tag.findMany({ where: { approved: true }, orderBy: { name: 'asc' }, select: { name: true } });
}

export async function findArticleForEdit(id: number) {
  const row = await getDb().article.findUnique({
    where: { id },
    include: {
      tags: { select: { tag: { select: { name: true } } } },
      cover: { select: { id: true, key: true, width: true, height: true, alt: true } },
      editedBy: { select: { name: true } },
      _count: { select: { revisions: true } },
    },
  });
  if (!row) return null;
  const { tags, _count, ...article } = row;
  return { ...article, tagNames: tags.map((t) => t.tag.name), revisionCount: _count.revisions };
}

export type EditableArticle = NonNullable<Awaited<ReturnType<typeof findArticleForEdit>>>;

/** What a write changed, so the action can refresh every page that showed the article before or after. */
export interface ArticleFootprint {
  id: number;
  categoryId: number;
  authorId: number;
  tagIds: number[];
  /** The original it translates: the pages of the whole group list each other's versions. */
  translationOfId: number | null;
}

async function footprint(tx: Prisma.TransactionClient, id: number): Promise<ArticleFootprint | null> {
  const a = await tx.article.findUnique({
    where: { id },
    select: { id: true, categoryId: true, authorId: true, translationOfId: true, tags: { select: { tagId: true } } },
  });
  return a && { id: a.id, categoryId: a.categoryId, authorId: a.authorId, translationOfId: a.translationOfId, tagIds: a.tags.map((t) => t.tagId) };
}

/**
 * Tag ids for names, creating the tags that do not exist yet. A tag made by someone who may not
 * manage tags waits for an editor; an editor's save approves the waiting tags it carries.
 */
async function tagIdsFor(tx: Prisma.TransactionClient, names: string[], approve: boolean): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const slug = slugify(name) || `tag-${Date.now()}`;
    const tag = await tx.tag.upsert({
      where: { slug },
      create: { name, slug, approved: approve },
      update: approve ? { approved: true } : {},
      select: { id: true },
    });
    ids.push(tag.id);
  }
  return ids;
}

export class SlugTakenError extends Error {}

/** Another save happened since the version this one started from. */
export class VersionConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super(`article saved since: now at version ${currentVersion}`);
  }
}

/** An article's content as its form's schema defines it (an imported one may be in any language), and where it stands. */
export type ArticleWrite = Omit<ArticleContent, 'language'> & { language: string; status: ArticleStatus; publishedAt: Date | null };

/**
 * Creates or updates an article with its tags, keeps a revision of the text it replaces, and
 * updates the search index, all in one transaction. Throws SlugTakenError for a used slug, and
 * VersionConflictError when `baseVersion` is given and someone saved since (compare-and-set: the
 * version moves in the same statement that checks it, so two saves cannot both pass).
 */
export async function writeArticle(
  id: number | null,
  data: ArticleWrite,
  editor: { id: number; approvesTags: boolean },
  { baseVersion, now = new Date() }: { baseVersion?: number; now?: Date } = {},
) {
  const editorId = editor.id;
  return getDb().$transaction(async (tx) => {
    if (id && baseVersion !== undefined) {
      const claimed = await tx.article.updateMany({ where: { id, version: baseVersion }, data: { version: { increment: 1 } } });
      if (claimed.count === 0) {
        const current = await tx.article.findUnique({ where: { id }, select: { version: true } });
        if (current) throw new VersionConflictError(current.version);
      }
    }
    const before = id ? await footprint(tx, id) : null;
    const slug = data.slug || slugify(data.title) || `article-${now.getTime()}`;
    const clash = await tx.article.findFirst({ where: { slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
    if (clash) {
      if (data.slug) throw new SlugTakenError(slug);
    }
    const finalSlug = clash ? `${slug}-${now.getTime().toString(36)}` : slug;
    const tagIds = await tagIdsFor(tx, data.tags, editor.approvesTags);
    const body = JSON.stringify(data.body);
    const fields = { ...data, body, autoExcerpt: autoExcerpt(data.body), editedById: editorId, tags: undefined };
    let article;
    if (id) {
      const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { title: true, excerpt: true, body: true, status: true } });
      const textChanged = current.title !== data.title || current.excerpt !== data.excerpt || current.body !== body;
      if (textChanged)
        await tx.articleRevision.create({ data: { articleId: id, title: current.title, excerpt: current.excerpt, body: current.body, editorId } });
      article = await tx.article.update({
        where: { id },
        data: {
          ...fields,
          slug: finalSlug,
          ...(baseVersion === undefined ? { version: { increment: 1 } } : {}),
          // «آخر تحديث» when the text of a published article changes.
          ...(textChanged && current.status === 'PUBLISHED' && data.status === 'PUBLISHED' ? { contentUpdatedAt: now } : {}),
          tags: { deleteMany: {}, create: tagIds.map((tagId) => ({ tagId })) },
        },
      });
    } else {
      article = await tx.article.create({
        data: { ...fields, slug: finalSlug, authorId: editorId, tags: { create: tagIds.map((tagId) => ({ tagId })) } },
      });
    }
    await indexArticle(tx, article);
    return { article, before, after: (await footprint(tx, article.id))! };
  });
}

export async function deleteArticle(id: number) {
  return getDb().$transaction(async (tx) => {
    const before = await footprint(tx, id);
    await removeFromIndex(tx, id);
    await tx.article.delete({ where: { id } });
    return before;
  });
}

/** Scheduled articles whose time has come become published; returns what changed. */
export async function publishDueArticles(now = new Date()): Promise<ArticleFootprint[]> {
  const db = getDb();
  const due = await db.article.findMany({ where: { status: 'SCHEDULED', publishedAt: { lte: now } }, select: { id: true } });
  const published: ArticleFootprint[] = [];
  for (const { id } of due) {
    // Another instance may publish the same article at the same moment: only one update wins.
    const won = await db.article.updateMany({ where: { id, status: 'SCHEDULED' }, data: { status: 'PUBLISHED' } });
    if (won.count) {
      const f = await db.$transaction((tx) => footprint(tx, id));
      if (f) published.push(f);
    }
  }
  return published;
}

export function listRevisions(articleId: number) {
  return getDb().articleRevision.findMany({
    where: { articleId },
    orderBy: { id: 'desc' },
    select: { id: true, title: true, excerpt: true, body: true, createdAt: true, editor: { select: { name: true } } },
  });
}

export function findRevision(id: number) {
  return getDb().articleRevision.findUnique({ where: { id } });
}

/** The original an article may be linked to as its translation: another article in another language. */
export async function validTranslationTarget(targetId: number, article: { id: number | null; language: string }) {
  if (targetId === article.id) return false;
  const target = await getDb().article.findUnique({ where: { id: targetId }, select: { language: true, translationOfId: true } });
  // Links point at the original, never at another translation, so a group has one root.
  return Boolean(target && target.language !== article.language && target.translationOfId === null);
}

const titleSelect = { id: true, slug: true, title: true, publishedAt: true, category: { select: { name: true } } } as const;
type TitleRow = { id: number; slug: string; title: string; publishedAt: Date | null; category: { name: string } };
const toTitle = (a: TitleRow) => ({
  id: a.id,
  title: a.title,
  path: articlePath(a),
  category: a.category.name,
  publishedAt: a.publishedAt?.toISOString() ?? null,
});

/** Published articles for the «اقرأ أيضاً» picker: the search index's best matches, or the latest. */
export async function searchArticleTitles(q: string, take: number) {
  const db = getDb();
  const terms = queryTerms(q);
  if (!terms.length) {
    const latest = await db.article.findMany({ where: { status: 'PUBLISHED' }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take, select: titleSelect });
    return latest.map(toTitle);
  }
  const { ids } = await searchIndex(db, terms, take, 0);
  const rows = new Map((await db.article.findMany({ where: { id: { in: ids } }, select: titleSelect })).map((r) => [r.id, r]));
  return ids.flatMap((id) => (rows.has(id) ? [toTitle(rows.get(id)!)] : []));
}

/** Headlines of the articles a body links as cards, published or not (the editor says which are not live). */
export async function findArticleTitles(ids: number[]) {
  const rows = await getDb().article.findMany({ where: { id: { in: ids } }, select: { ...titleSelect, status: true } });
  return rows.map((r) => ({ ...toTitle(r), status: r.status }));
}
