import 'server-only';
import { getDb } from '@/lib/db';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_URLS = 50_000;
/** Google News: articles of the last two days, at most 1,000. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_MAX = 1000;

const published = { status: 'PUBLISHED' } as const;
/** The last change readers can see: an edit of the text, else the publication. */
const lastmodOf = (a: { contentUpdatedAt: Date | null; publishedAt: Date | null }) => a.contentUpdatedAt ?? a.publishedAt;

export function countPublishedArticles() {
  return getDb().article.count({ where: published });
}

/** One article sitemap: the index-th block of published articles by id (a stable order). */
export async function articleSitemapBlock(index: number, size = SITEMAP_URLS) {
  const rows = await getDb().article.findMany({
    where: published,
    orderBy: { id: 'asc' },
    skip: index * size,
    take: size,
    select: { id: true, slug: true, publishedAt: true, contentUpdatedAt: true },
  });
  return rows.map((a) => ({ id: a.id, slug: a.slug, lastmod: lastmodOf(a) }));
}

/** Newest change in each block, for the sitemap index. */
export async function articleBlockLastmods(blocks: number, size = SITEMAP_URLS): Promise<(Date | null)[]> {
  const db = getDb();
  return Promise.all(
    Array.from({ length: blocks }, async (_, i) => {
      const [row] = await db.$queryRaw<{ lastmod: Date | string | null }[]>`
        SELECT MAX(COALESCE(b."contentUpdatedAt", b."publishedAt")) AS "lastmod" FROM (
          SELECT "contentUpdatedAt", "publishedAt" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT ${size} OFFSET ${i * size}
        ) b`;
      return row?.lastmod ? new Date(row.lastmod) : null;
    }),
  );
}

export async function categoriesForSitemap() {
  const db = getDb();
  const [categories, newest] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true } }),
    db.article.groupBy({ by: ['categoryId'], where: published, _max: { publishedAt: true } }),
  ]);
  const byId = new Map(newest.map((n) => [n.categoryId, n._max.publishedAt]));
  return categories.map((c) => ({ slug: c.slug, lastmod: byId.get(c.id) ?? null }));
}

export async function tagsForSitemap() {
  const rows = await getDb().$queryRaw<{ slug: string; lastmod: Date | string | null }[]>`
    SELECT t."slug", MAX(a."publishedAt") AS "lastmod"
    FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t."id" JOIN "Article" a ON a."id" = at."articleId"
    WHERE a."status" = 'PUBLISHED' AND t."approved" = true GROUP BY t."id", t."slug"`;
  return rows.map((r) => ({ slug: r.slug, lastmod: r.lastmod ? new Date(r.lastmod) : null }));
}

export async function authorsForSitemap() {
  const db = getDb();
  const [authors, newest] = await Promise.all([
    db.user.findMany({ where: { articles: { some: published } }, select: { id: true, slug: true } }),
    db.article.groupBy({ by: ['authorId'], where: published, _max: { publishedAt: true } }),
  ]);
  const byId = new Map(newest.map((n) => [n.authorId, n._max.publishedAt]));
  return authors.map((a) => ({ slug: a.slug, lastmod: byId.get(a.id) ?? null }));
}

export async function newsSitemapArticles(now = new Date()) {
  return getDb().article.findMany({
    where: { ...published, publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS), lte: now } },
    orderBy: { publishedAt: 'desc' },
    take: NEWS_MAX,
    select: { id: true, slug: true, title: true, language: true, publishedAt: true },
  });
}

export function pagesForSitemap() {
  return getDb().page.findMany({ select: { slug: true, updatedAt: true } });
}
