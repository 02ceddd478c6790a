import 'server-only';
import { dbProvider, type Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { searchTerms, termVariants } from '@/lib/text/arabic-normalize';
import { documentText, parseDocument } from '@/lib/content/document';
export { queryTerms } from './search-terms';
import { MAX_COUNTED_RESULTS } from './search-limits';

// Full-text search over normalised, lightly stemmed words (lib/text/arabic-normalize.ts):
// SQLite keeps them in an FTS5 table, PostgreSQL in a tsvector with a GIN index. Both are
// indexed lookups; neither scans article bodies.

type SqlRunner = Pick<Db, '$executeRaw' | '$queryRaw'>;

/** The reader-visible text of a stored body (a document as JSON). */
function bodyText(json: string): string {
  const doc = parseDocument(json);
  return doc ? documentText(doc) : '';
}

type Indexable = { id: number; title: string; excerpt: string; body: string };

function documentOf(a: Indexable) {
  return { title: searchTerms(a.title).join(' '), body: searchTerms(`${a.excerpt}\n${bodyText(a.body)}`).join(' ') };
}

/** Adds many new articles to the index in a few statements (seeding, reindexing). */
export async function indexNewArticles(db: SqlRunner, articles: Indexable[]) {
  const pg = dbProvider() === 'postgresql';
  for (let i = 0; i < articles.length; i += 200) {
    const rows = articles.slice(i, i + 200).map((a) => {
      const { title, body } = documentOf(a);
      return pg
        ? Prisma.sql`(${a.id}, setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'B'))`
        : Prisma.sql`(${a.id}, ${title}, ${body})`;
    });
    if (pg) await db.$executeRaw`INSERT INTO "ArticleSearch" ("articleId", "document") VALUES ${Prisma.join(rows)}`;
    else await db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, title, body) VALUES ${Prisma.join(rows)}`;
  }
}

/** Writes (or rewrites) one article's entry in the search index. */
export async function indexArticle(db: SqlRunner, a: Indexable) {
  const { title, body } = documentOf(a);
  if (dbProvider() === 'postgresql') {
    await db.$executeRaw`
      INSERT INTO "ArticleSearch" ("articleId", "document")
      VALUES (${a.id}, setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'B'))
      ON CONFLICT ("articleId") DO UPDATE SET "document" = EXCLUDED."document"`;
  } else {
    await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${a.id}`;
    await db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, title, body) VALUES (${a.id}, ${title}, ${body})`;
  }
}

export async function removeFromIndex(db: SqlRunner, id: number) {
  if (dbProvider() === 'postgresql') await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${id}`;
  else await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${id}`;
}

function ftsMatch(terms: string[]): string {
  return terms
    .map(
      (t) =>
        `(${termVariants(t)
          .map((v) => `"${v}"*`)
          .join(' OR ')})`,
    )
    .join(' AND ');
}

function tsQuery(terms: string[]): string {
  return terms
    .map(
      (t) =>
        `(${termVariants(t)
          .map((v) => `${v}:*`)
          .join(' | ')})`,
    )
    .join(' & ');
}

/** Ids of published articles matching every term, best first, and how many match (capped). */
export async function searchIndex(db: SqlRunner, terms: string[], take: number, skip: number) {
  if (!terms.length) return { ids: [] as number[], total: 0 };
  if (dbProvider() === 'postgresql') {
    const q = Prisma.sql`to_tsquery('simple', ${tsQuery(terms)})`;
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ id: number }[]>`
        SELECT s."articleId" AS "id" FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s."articleId"
        WHERE s."document" @@ ${q} AND a."status" = 'PUBLISHED'
        ORDER BY ts_rank(s."document", ${q}) DESC, a."publishedAt" DESC LIMIT ${take} OFFSET ${skip}`,
      db.$queryRaw<{ n: bigint }[]>`
        SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s."articleId"
        WHERE s."document" @@ ${q} AND a."status" = 'PUBLISHED' LIMIT ${MAX_COUNTED_RESULTS + 1}) m`,
    ]);
    return { ids: rows.map((r) => Number(r.id)), total: Number(count[0]?.n ?? 0) };
  }
  const match = ftsMatch(terms);
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT s.rowid AS "id" FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED'
      ORDER BY bm25("ArticleSearch", 4.0, 1.0), a."publishedAt" DESC LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED' LIMIT ${MAX_COUNTED_RESULTS + 1})`,
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count[0]?.n ?? 0) };
}
