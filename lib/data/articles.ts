import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { newsroomDay } from '@/lib/text/dates';
import { cardSelect, fullSelect, toCard, toFull, type ArticleCard, type ArticleFull } from './article-shapes';

const published = { status: 'PUBLISHED' } as const;
const newestFirst = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export interface ArticleFilter {
  categoryId?: number;
  tagId?: number;
  authorId?: number;
}

function filterWhere({ categoryId, tagId, authorId }: ArticleFilter): Prisma.ArticleWhereInput {
  return {
    ...published,
    ...(categoryId ? { categoryId } : {}),
    ...(authorId ? { authorId } : {}),
    ...(tagId ? { tags: { some: { tagId } } } : {}),
  };
}

/** Newest published articles, optionally of one category, tag or author. */
export async function listPublished(filter: ArticleFilter, take: number, skip = 0): Promise<ArticleCard[]> {
  const rows = await getDb().article.findMany({ where: filterWhere(filter), orderBy: newestFirst, take, skip, select: cardSelect });
  return rows.map(toCard);
}

export function countPublished(filter: ArticleFilter): Promise<number> {
  return getDb().article.count({ where: filterWhere(filter) });
}

/** Any article by id, whatever its status (callers decide who may see a draft). */
export async function findArticle(id: number): Promise<ArticleFull | null> {
  const row = await getDb().article.findUnique({ where: { id }, select: fullSelect });
  return row ? toFull(row) : null;
}

export async function listBreaking(take: number): Promise<ArticleCard[]> {
  const rows = await getDb().article.findMany({
    where: { ...published, breaking: true },
    orderBy: newestFirst,
    take,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** The published articles just before and after this one in time. */
export async function findNeighbours(article: { id: number; publishedAt: Date | null }) {
  if (!article.publishedAt) return { previous: null, next: null };
  const db = getDb();
  const at = article.publishedAt;
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: { ...published, OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: article.id } }] },
      orderBy: newestFirst,
      select: cardSelect,
    }),
    db.article.findFirst({
      where: { ...published, OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: article.id } }] },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      select: cardSelect,
    }),
  ]);
  return { previous: previous && toCard(previous), next: next && toCard(next) };
}

/** Candidates per shared tag: the newest articles carrying it (ids grow with time). */
const RELATED_CANDIDATES_PER_TAG = 300;

/**
 * «مقالات ذات صلة»: published articles ranked by the number of tags they share with this one,
 * then by being in the same category, then by recency. One query ranks the candidates (the newest
 * articles of each shared tag, read from the tag index, plus the newest of the same category);
 * one more loads their cards. Neither grows with the size of the archive.
 */
export async function findRelated(article: ArticleFull, take = 6): Promise<ArticleCard[]> {
  const db = getDb();
  const perTag = article.tags.map(
    (t) =>
      Prisma.sql`SELECT * FROM (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = ${t.id} ORDER BY "articleId" DESC LIMIT ${RELATED_CANDIDATES_PER_TAG}) x`,
  );
  const byTags = perTag.length
    ? Prisma.sql`
        SELECT a."id", COUNT(*) AS "shared", a."categoryId", a."publishedAt"
        FROM (${Prisma.join(perTag, ' UNION ALL ')}) t JOIN "Article" a ON a."id" = t."articleId"
        WHERE a."status" = 'PUBLISHED' AND a."id" <> ${article.id}
        GROUP BY a."id", a."categoryId", a."publishedAt"
        UNION ALL `
    : Prisma.empty;
  const ranked = await db.$queryRaw<{ id: number }[]>`
    SELECT r."id" FROM (
      ${byTags}
      SELECT * FROM (
        SELECT a."id", 0 AS "shared", a."categoryId", a."publishedAt" FROM "Article" a
        WHERE a."categoryId" = ${article.category.id} AND a."status" = 'PUBLISHED' AND a."id" <> ${article.id}
        ORDER BY a."publishedAt" DESC LIMIT ${take}
      ) same
    ) r
    GROUP BY r."id", r."categoryId", r."publishedAt"
    ORDER BY MAX(r."shared") DESC, CASE WHEN r."categoryId" = ${article.category.id} THEN 0 ELSE 1 END, r."publishedAt" DESC
    LIMIT ${take}`;
  const ids = ranked.map((r) => Number(r.id));
  const cards = await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return ids.map((id) => byId.get(id)).filter((c): c is ArticleCard => Boolean(c));
}

/** «الأكثر قراءة»: most reads over the last `days` days (Casablanca calendar). */
export async function listMostRead(days: number, take: number, now = new Date()): Promise<ArticleCard[]> {
  const db = getDb();
  const since = newsroomDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const top = await db.articleDailyReads.groupBy({
    by: ['articleId'],
    where: { day: { gte: since }, article: published },
    _sum: { count: true },
    orderBy: { _sum: { count: 'desc' } },
    take,
  });
  const cards = await db.article.findMany({ where: { id: { in: top.map((t) => t.articleId) } }, select: cardSelect });
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return top.map((t) => byId.get(t.articleId)).filter((c): c is ArticleCard => Boolean(c));
}

/** The published versions of an article in other languages (the original and its translations). */
export async function findTranslationGroup(article: { id: number; translationOfId: number | null }) {
  const root = article.translationOfId ?? article.id;
  const select = { id: true, slug: true, language: true, translationOfId: true } as const;
  // Two indexed lookups: as one `id = ? OR translationOfId = ?` ordered by id, SQLite walked the
  // whole table in id order (200 ms at 100,000 articles, seconds at worst).
  const [original, translations] = await Promise.all([
    getDb().article.findFirst({ where: { id: root, status: 'PUBLISHED' }, select }),
    getDb().article.findMany({ where: { translationOfId: root, status: 'PUBLISHED' }, select }),
  ]);
  return [...(original ? [original] : []), ...translations].sort((a, b) => a.id - b.id);
}
