// Every statement behind the public pages, feeds and sitemaps reads its large tables through an
// index, on SQLite and on PostgreSQL. The statements are the ones Prisma really sends (captured
// while the data layer runs), each explained by the database itself.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/db-url';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { seedDemo } from '@/prisma/seed/demo';
import { providers, type TestDatabase } from './databases';

process.env.DB_QUERY_EVENTS = '1';
const { getDb, onSql } = await import('@/lib/db');
const articles = await import('@/lib/data/articles');
const { listApprovedThreads } = await import('@/lib/data/comments');
const { searchArticles } = await import('@/lib/data/search');
const site = await import('@/lib/data/site');
const sitemap = await import('@/lib/data/sitemap');

/** Tables that grow with the archive; the others hold a few dozen rows at most. */
const LARGE = ['Article', 'ArticleTag', 'Comment', 'ArticleDailyReads', 'Media', 'ArticleSearch'];

/** What a reader's visit to every kind of public page asks of the database. */
async function hotPaths() {
  const [latest] = await articles.listPublished({}, 1);
  const article = (await articles.findArticle(latest!.id))!;
  await articles.countPublished({});
  await articles.listPublished({}, 20, 20);
  await articles.listPublished({ categoryId: article.category.id }, 20);
  await articles.countPublished({ categoryId: article.category.id });
  await articles.listPublished({ tagId: article.tags[0]!.id }, 20);
  await articles.countPublished({ tagId: article.tags[0]!.id });
  await articles.listPublished({ authorId: article.author.id }, 20);
  await articles.listBreaking(5);
  await articles.listMostRead(7, 5);
  await articles.findRelated(article);
  await articles.findNeighbours(article);
  await articles.findTranslationGroup(article);
  await listApprovedThreads(article.id);
  await searchArticles('الماء في أزغار', 1);
  await site.findCategoryBySlug(article.category.slug);
  await site.findTagBySlug(article.tags[0]!.slug);
  await site.findAuthorBySlug(article.author.slug);
  await sitemap.articleSitemapBlock(0);
  await sitemap.articleBlockLastmods(1);
  await sitemap.newsSitemapArticles();
}

/** Values of Prisma's logged parameters in a form the drivers accept. */
function values(params: string): unknown[] {
  const parsed = JSON.parse(params || '[]') as unknown[];
  return parsed.map((v) => (typeof v === 'boolean' ? Number(v) : v));
}

describe.each(providers)('query plans on $name', ({ name, create, available }) => {
  let db: TestDatabase | undefined;
  const statements = new Map<string, string>();
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    await deployMigrations(db.url);
    await seedDemo(getDb(), { now: new Date(), covers: false });
    const stop = onSql((sql, params) => {
      if (/^\s*(SELECT|WITH)\b/i.test(sql)) statements.set(sql, params);
    });
    await hotPaths();
    stop();
  }, 120_000);
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('reads every large table through an index', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(statements.size).toBeGreaterThan(15);
    const plans = name === 'sqlite' ? explainSqlite(db.url, statements) : await explainPostgres(db.url, statements);
    const fullScans = plans.flatMap(({ sql, plan }) => {
      const scans = name === 'sqlite' ? sqliteFullScans(plan) : postgresFullScans(plan);
      return scans.length ? [`${scans.join('; ')}\n    in ${sql.slice(0, 300)}`] : [];
    });
    expect(fullScans, `full scans of large tables:\n${fullScans.join('\n')}`).toEqual([]);
  });
});

const SMALL = ['Category', 'Tag', 'User', 'Page', 'SiteSettings'];

/**
 * SQLite: a `SCAN` without an index, of anything but an intermediate result (a co-routine or
 * materialised subquery of the same plan) or a small table. Raw SQL names tables by alias, so an
 * alias counts as a large table.
 */
function sqliteFullScans(plan: string[]) {
  const intermediate = new Set(plan.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(line.trim())?.slice(1) ?? []));
  return plan.filter((line) => {
    const scan = /^SCAN (\S+(?: \(subquery-\d+\))?)(.*)$/.exec(line.trim());
    if (!scan || / USING (COVERING )?INDEX|VIRTUAL TABLE INDEX/.test(scan[2]!)) return false;
    const target = scan[1]!.replace(/^main\./, '');
    return !intermediate.has(scan[1]!) && !/^\(subquery-\d+\)$/.test(target) && !SMALL.includes(target);
  });
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * PostgreSQL: a large table read whole although sequential scans are discouraged: a sequential
 * scan, or an index scan with no condition on the index that no LIMIT above it cuts short.
 */
function postgresFullScans(plan: string[]) {
  const found: string[] = [];
  const walk = (node: PlanNode, limited: boolean) => {
    const table = node['Relation Name'];
    const whole = node['Node Type'] === 'Seq Scan' || (/^Index (Only )?Scan$/.test(node['Node Type']) && !node['Index Cond'] && !limited);
    if (table && LARGE.includes(table) && whole) found.push(`${node['Node Type']} on ${table}`);
    for (const child of node.Plans ?? []) walk(child, limited || node['Node Type'] === 'Limit');
  };
  walk((JSON.parse(plan.join('')) as { Plan: PlanNode }[])[0]!.Plan, false);
  return found;
}

function explainSqlite(url: string, statements: Map<string, string>) {
  const sqlite = new Database(sqliteFilePath(url), { readonly: true });
  try {
    return [...statements].map(([sql, params]) => ({
      sql,
      plan: (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values(params)) as { detail: string }[]).map((row) => row.detail),
    }));
  } finally {
    sqlite.close();
  }
}

async function explainPostgres(url: string, statements: Map<string, string>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A tiny test database makes a sequential scan the cheapest plan for everything; forbidding
    // it shows whether an index exists that the query can use.
    await client.query('SET enable_seqscan = off');
    const plans = [];
    for (const [sql, params] of statements) {
      const result = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, values(params));
      plans.push({ sql, plan: [JSON.stringify(result.rows[0]!['QUERY PLAN'])] });
    }
    return plans;
  } finally {
    await client.end();
  }
}
