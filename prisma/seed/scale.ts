// Bulk articles and comments for benchmarks: paragraphs of the demo articles recombined, written
// with multi-row inserts and explicit ids so that 100,000 articles take seconds, not hours.
import type { Db } from '@/lib/db';
import { dbProvider } from '@/lib/db';
import { indexNewArticles } from '@/lib/data/search-index';
import { slugify } from '@/lib/text/slug';
import { markdownToDocument } from '@/lib/content/markdown-document';
import { hashIp } from '@/lib/security/ip-hash';
import { PUBLISHED_ARTICLES, readerComments } from './content';
import { createRandom, pick } from './random';

const BATCH = 1000;
const DAY = 86_400_000;
const PLACES = ['أزغار', 'تيمزغيت', 'عين الصفصاف', 'واد الريحان', 'أيت بوزيد', 'سد تاغزوت', 'حي النخيل', 'حي الرياض'];

export async function seedScale(db: Db, articleCount: number, commentCount: number) {
  const rnd = createRandom(`scale-${articleCount}`);
  // Each Markdown paragraph converted once; bodies are recombined from the converted blocks.
  const paragraphs = PUBLISHED_ARTICLES.flatMap((a) => a.body.split(/\n\s*\n/).filter((p) => !p.startsWith('#'))).map((p) => markdownToDocument(p).content);
  const [categories, tags, users, covers, last] = await Promise.all([
    db.category.findMany({ select: { id: true } }),
    db.tag.findMany({ select: { id: true } }),
    db.user.findMany({ where: { role: 'AUTHOR' }, select: { id: true } }),
    db.media.findMany({ select: { id: true, alt: true } }),
    db.article.aggregate({ _max: { id: true } }),
  ]);
  const firstId = (last._max.id ?? 0) + 1;
  const now = Date.now();

  for (let start = 0; start < articleCount; start += BATCH) {
    const articles = [];
    const links = [];
    for (let i = start; i < Math.min(start + BATCH, articleCount); i++) {
      const id = firstId + i;
      const source = pick(rnd, PUBLISHED_ARTICLES);
      const title = `${source.title} في ${pick(rnd, PLACES)} (${id})`;
      const body = JSON.stringify({ type: 'doc', content: Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => pick(rnd, paragraphs)).flat() });
      const publishedAt = new Date(now - 46 * DAY - Math.floor(rnd() * 3 * 365 * DAY));
      const cover = pick(rnd, covers);
      articles.push({
        id,
        title,
        body,
        slug: `${slugify(title)}-${id}`,
        excerpt: source.excerpt,
        sourceLine: source.sourceLine,
        status: 'PUBLISHED' as const,
        publishedAt,
        createdAt: publishedAt,
        readCount: Math.floor(rnd() * 5000),
        authorId: pick(rnd, users).id,
        categoryId: pick(rnd, categories).id,
        coverId: cover.id,
        coverAlt: cover.alt,
      });
      const chosen = new Set(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(rnd, tags).id));
      for (const tagId of chosen) links.push({ articleId: id, tagId });
    }
    await db.article.createMany({ data: articles });
    await db.articleTag.createMany({ data: links });
    await indexNewArticles(db, articles);
  }
  if (dbProvider() === 'postgresql') {
    await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT MAX("id") FROM "Article"))`);
  }

  for (let start = 0; start < commentCount; start += BATCH * 2) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH * 2, commentCount); i++) {
      const c = pick(rnd, readerComments);
      rows.push({
        articleId: firstId + Math.floor(rnd() * articleCount),
        authorName: c.name,
        body: c.body,
        authorEmail: `bulk${i % 5000}@example.com`,
        status: rnd() < 0.9 ? ('APPROVED' as const) : ('PENDING' as const),
        ipHash: hashIp(`10.1.${i % 250}.${(i >> 8) % 250}`),
        createdAt: new Date(now - Math.floor(rnd() * 3 * 365 * DAY)),
      });
    }
    await db.comment.createMany({ data: rows });
  }
  if (commentCount > 0) {
    await db.$executeRaw`UPDATE "Article" SET "commentCount" = (SELECT COUNT(*) FROM "Comment" c WHERE c."articleId" = "Article"."id" AND c."status" = 'APPROVED') WHERE "id" >= ${firstId}`;
  }
  return { articles: articleCount, comments: commentCount };
}
