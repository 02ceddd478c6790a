import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbProvider, getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { seedDemo } from '@/prisma/seed/demo';
import { buildSitemap, buildSitemapIndex } from '@/lib/seo/sitemaps';
import { buildRss } from '@/lib/seo/rss';
import { SITEMAP_URLS } from '@/lib/data/sitemap';
import { providers, type TestDatabase } from './databases';

const BULK = 100_001;
const TRICKY = 'عنوان </script><script>alert("x")</script> & «اقتباس» \'مفرد\'';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

/** 100,001 published articles in one statement (the full seed writes search entries too, minutes at this size). */
async function bulkArticles(n: number) {
  const db = getDb();
  const [ids] = await db.$queryRaw<{ authorId: number; categoryId: number }[]>`
    SELECT (SELECT MIN("id") FROM "User") AS "authorId", (SELECT MIN("id") FROM "Category") AS "categoryId"`;
  const { authorId, categoryId } = ids!;
  if (dbProvider() === 'postgresql') {
    await db.$executeRaw`
      INSERT INTO "Article" ("slug", "title", "body", "status", "publishedAt", "createdAt", "updatedAt", "authorId", "categoryId")
      SELECT 'bulk-' || i, 'مقال رقم ' || i, 'نص', 'PUBLISHED', NOW() - (i || ' minutes')::interval - interval '3 days', NOW(), NOW(), ${authorId}, ${categoryId}
      FROM generate_series(1, ${n}) AS i`;
  } else {
    await db.$executeRaw`
      WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n})
      INSERT INTO "Article" ("slug", "title", "body", "status", "publishedAt", "createdAt", "updatedAt", "authorId", "categoryId")
      SELECT 'bulk-' || i, 'مقال رقم ' || i, 'نص', 'PUBLISHED', strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now', '-3 days', '-' || i || ' minutes'),
             strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now'), ${authorId}, ${categoryId}
      FROM seq`;
  }
}

describe.each(providers)('sitemaps and feeds on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  let total = 0;
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    process.env.SITE_URL = 'https://www.azghar.example';
    await deployMigrations(db.url);
    await seedDemo(getDb(), { covers: false });
    await getDb().article.create({
      data: {
        slug: 'tricky',
        title: TRICKY,
        body: 'نص',
        excerpt: 'مقتطف <b>',
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 60_000),
        authorId: 1,
        categoryId: 1,
      },
    });
    await bulkArticles(BULK);
    total = await getDb().article.count({ where: { status: 'PUBLISHED' } });
  }, 300_000);
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('split articles into sitemaps of at most 50,000 URLs, listed by the index', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    let t = performance.now();
    const indexXml = await buildSitemapIndex();
    const indexMs = performance.now() - t;
    expect(XMLValidator.validate(indexXml)).toBe(true);
    const index = parser.parse(indexXml).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
    const articleMaps = index.filter((s) => /\/sitemaps\/articles-\d+\.xml$/.test(s.loc));
    expect(articleMaps).toHaveLength(Math.ceil(total / SITEMAP_URLS));
    for (const s of index) expect(s.loc).toMatch(/^https:\/\/www\.azghar\.example\/sitemaps\//);
    const seen = new Set<string>();
    let largest = { bytes: 0, ms: 0 };
    for (const s of articleMaps) {
      t = performance.now();
      const xml = (await buildSitemap(s.loc.match(/(articles-\d+)\.xml$/)![1]!))!;
      const ms = performance.now() - t;
      if (xml.length > largest.bytes) largest = { bytes: Buffer.byteLength(xml), ms };
      expect(XMLValidator.validate(xml)).toBe(true);
      const urls = parser.parse(xml).urlset.url as { loc: string; lastmod: string }[];
      expect(urls.length).toBeLessThanOrEqual(SITEMAP_URLS);
      for (const u of urls) {
        expect(Number.isNaN(Date.parse(u.lastmod))).toBe(false);
        seen.add(u.loc);
      }
    }
    expect(seen.size).toBe(total);
    console.log(
      `[${dbProvider()}] ${total} articles: index ${Buffer.byteLength(indexXml)} bytes in ${indexMs.toFixed(0)} ms; largest article sitemap ${(largest.bytes / 2 ** 20).toFixed(1)} MiB in ${largest.ms.toFixed(0)} ms`,
    );
  });

  it('give Google News only the last 48 hours, named, in their language, with headlines intact', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const xml = (await buildSitemap('news'))!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(1000);
    const cutoff = Date.now() - 48 * 3_600_000;
    for (const u of urls) {
      const news = u['news:news'] as { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string };
      expect(news['news:publication']['news:name']).toBe('أزغار اليوم');
      expect(news['news:publication']['news:language']).toBe('ar');
      expect(Date.parse(news['news:publication_date'])).toBeGreaterThanOrEqual(cutoff);
    }
    const titles = urls.map((u) => (u['news:news'] as { 'news:title': string })['news:title']);
    expect(titles).toContain(TRICKY);
    expect(xml).not.toContain('</script>');
  });

  it('write RSS 2.0 with the latest 30 items, cover enclosures and the headline intact', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const xml = (await buildRss())!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel as { title: string; item: { title: string; link: string; description: string }[] };
    expect(channel.title).toBe('أزغار اليوم');
    expect(channel.item).toHaveLength(30);
    // Character data, whole: the headline cannot close or open an element of the feed.
    expect(channel.item.map((i) => i.title)).toContain(TRICKY);
    for (const i of channel.item) expect(i.link).toMatch(/^https:\/\/www\.azghar\.example\/news\/\d+\//);
    // Descriptions are HTML to feed readers: the excerpt's markup arrives escaped.
    expect(channel.item.find((i) => i.title === TRICKY)!.description).toBe('مقتطف &#60;b&#62;');
    expect(await buildRss('local')).toContain('<rss');
    expect(await buildRss('no-such-section')).toBeNull();
  });
});
