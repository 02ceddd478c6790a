// The demo portal: settings, sections, newsroom, about 90 published articles with covers, a few
// unpublished ones, comments in every state, and read counts for «الأكثر قراءة».
import crypto from 'node:crypto';
import type { Db } from '@/lib/db';
import { hashPassword, generatePassword } from '@/lib/auth/password';
import { indexArticle } from '@/lib/data/search-index';
import { storeImage } from '@/lib/media/store';
import { slugify } from '@/lib/text/slug';
import { newsroomDay } from '@/lib/text/dates';
import { hashIp } from '@/lib/security/ip-hash';
import { AUTHORS, CATEGORIES, PUBLISHED_ARTICLES, SITE, TAG_NAMES, UNPUBLISHED, pendingComments, readerComments, sitePages, spamComments } from './content';
import type { SeedArticle, SeedComment } from './content/types';
import { drawCover } from './covers';
import { createRandom } from './random';
import { storedBody } from './stored-body';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Account {
  role: 'ADMIN' | 'EDITOR';
  email: string;
  password: string;
  generated: boolean;
}

export interface DemoResult {
  accounts: Account[];
  published: number;
}

/** Casablanca is UTC+1 outside Ramadan; close enough for demo publication hours. */
function publicationTime(now: Date, daysAgo: number, hour: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY);
  day.setUTCHours(hour - 1, (hour * 7) % 60, 0, 0);
  // Never in the future: an article "published today at 22:00" before 22:00 moves back a day.
  return day.getTime() > now.getTime() ? new Date(day.getTime() - DAY) : day;
}

async function account(role: Account['role'], envPrefix: string, fallbackEmail: string): Promise<Account> {
  const email = process.env[`${envPrefix}_EMAIL`] ?? fallbackEmail;
  const fromEnv = process.env[`${envPrefix}_PASSWORD`];
  return { role, email, password: fromEnv ?? generatePassword(), generated: !fromEnv };
}

async function createCover(db: Db, category: SeedArticle['category'], seed: string) {
  const { png, alt } = await drawCover(category, seed);
  const stored = await storeImage(png, 'centre');
  const media = await db.media.create({
    data: { ...stored, originalName: `${seed}.png`, alt, credit: 'رسم: أزغار اليوم' },
  });
  return { id: media.id, alt };
}

async function mapConcurrently<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

function commenterEmail(name: string, i: number): string {
  return `reader${i}.${crypto.createHash('sha1').update(name).digest('hex').slice(0, 6)}@example.com`;
}

export interface DemoOptions {
  now?: Date;
  /** Data-layer tests skip the images, the slow part of the seed. */
  covers?: boolean;
}

export async function seedDemo(db: Db, { now = new Date(), covers: withCovers = true }: DemoOptions = {}): Promise<DemoResult> {
  const rnd = createRandom('azghar-demo');

  await db.siteSettings.create({
    data: { id: 1, ...SITE, socialLinks: JSON.stringify(SITE.socialLinks) },
  });
  for (const page of sitePages) await db.page.create({ data: { ...page, body: storedBody(page.body).body } });

  const categoryIds = new Map<string, number>();
  for (const [position, c] of CATEGORIES.entries()) {
    const row = await db.category.create({ data: { ...c, position } });
    categoryIds.set(c.slug, row.id);
  }
  const tagIds = new Map<string, number>();
  for (const name of TAG_NAMES) {
    const row = await db.tag.create({ data: { name, slug: slugify(name) } });
    tagIds.set(name, row.id);
  }

  const accounts = [await account('ADMIN', 'ADMIN', 'admin@azghar-today.example'), await account('EDITOR', 'EDITOR', 'editor@azghar-today.example')];
  for (const a of accounts) {
    await db.user.create({
      data: {
        email: a.email,
        role: a.role,
        passwordHash: await hashPassword(a.password),
        name: a.role === 'ADMIN' ? 'مدير الموقع' : 'رئيس التحرير',
        slug: a.role.toLowerCase(),
      },
    });
  }
  const authorIds = new Map<string, number>();
  for (const [key, a] of Object.entries(AUTHORS)) {
    // Journalists get an unusable random password until an admin resets it.
    const row = await db.user.create({
      data: { ...a, email: `${key}@azghar-today.example`, role: 'AUTHOR', passwordHash: await hashPassword(generatePassword()) },
    });
    authorIds.set(key, row.id);
  }

  // Oldest first, so that ids grow with publication time.
  const published = PUBLISHED_ARTICLES.map((a) => ({ ...a, at: publicationTime(now, a.daysAgo, a.hour) })).sort((a, b) => a.at.getTime() - b.at.getTime());

  // Covers are the slow part: draw and encode four at a time.
  const covers = withCovers ? await mapConcurrently(published, 4, (a) => createCover(db, a.category, a.key)) : published.map(() => null);
  const articleIds: { id: number; at: Date; breaking: boolean }[] = [];
  for (const [i, a] of published.entries()) {
    const cover = covers[i];
    // Every seventh article was corrected a few hours after it went out («آخر تحديث»).
    const edited = i % 7 === 3 ? new Date(Math.min(a.at.getTime() + 3 * HOUR, now.getTime())) : null;
    const row = await db.article.create({
      data: {
        slug: slugify(a.title),
        title: a.title,
        excerpt: a.excerpt,
        ...storedBody(a.body),
        sourceLine: a.sourceLine,
        sourceOutlet: a.sourceOutlet ?? '',
        status: 'PUBLISHED',
        publishedAt: a.at,
        contentUpdatedAt: edited,
        createdAt: a.at,
        breaking: a.breaking ?? false,
        authorId: authorIds.get(a.author)!,
        categoryId: categoryIds.get(a.category)!,
        coverId: cover?.id,
        coverAlt: cover?.alt ?? '',
        coverCaption: cover ? (a.excerpt.split('،')[0] ?? '') : '',
        tags: { create: a.tags.map((name) => ({ tagId: tagIds.get(name)! })) },
      },
    });
    await indexArticle(db, row);
    if (edited) {
      await db.articleRevision.create({
        data: {
          articleId: row.id,
          title: a.title,
          excerpt: a.excerpt,
          body: storedBody(`${a.body.trim()}\n\n(الصيغة الأولى قبل التصحيح)`).body,
          editorId: authorIds.get(a.author)!,
          createdAt: a.at,
        },
      });
    }
    articleIds.push({ id: row.id, at: a.at, breaking: a.breaking ?? false });
  }

  for (const a of UNPUBLISHED) {
    const at = new Date(now.getTime() + a.inDays * DAY);
    const row = await db.article.create({
      data: {
        slug: slugify(a.title),
        title: a.title,
        excerpt: a.excerpt,
        ...storedBody(a.body),
        sourceLine: a.sourceLine,
        sourceOutlet: a.sourceOutlet ?? '',
        status: a.status,
        publishedAt: a.status === 'SCHEDULED' ? at : null,
        authorId: authorIds.get(a.author)!,
        categoryId: categoryIds.get(a.category)!,
        tags: { create: a.tags.map((name) => ({ tagId: tagIds.get(name)! })) },
      },
    });
    await indexArticle(db, row);
  }

  // Reads over the last week: more for fresh and breaking stories, a long tail for the rest.
  const reads: { articleId: number; day: string; count: number }[] = [];
  for (const a of articleIds) {
    for (let d = 0; d < 7; d++) {
      const day = new Date(now.getTime() - d * DAY);
      if (day.getTime() < a.at.getTime() - DAY) continue;
      const age = (day.getTime() - a.at.getTime()) / DAY;
      const count = Math.round(((a.breaking ? 900 : 250) * rnd()) / (1 + Math.max(0, age)) + rnd() * 15);
      if (count > 0) reads.push({ articleId: a.id, day: newsroomDay(day), count });
    }
  }
  await db.articleDailyReads.createMany({ data: reads });
  for (const a of articleIds) {
    const total = reads.filter((r) => r.articleId === a.id).reduce((s, r) => s + r.count, 0);
    await db.article.update({ where: { id: a.id }, data: { readCount: total + Math.floor(rnd() * 400) } });
  }

  await seedComments(db, articleIds, now, rnd);
  return { accounts, published: articleIds.length };
}

async function seedComments(db: Db, articles: { id: number; at: Date }[], now: Date, rnd: () => number) {
  const recent = [...articles].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 16);
  let n = 0;
  const add = async (articleId: number, c: { name: string; body: string }, status: 'APPROVED' | 'PENDING' | 'SPAM', at: Date, parentId?: number) => {
    n++;
    return db.comment.create({
      data: {
        articleId,
        parentId,
        authorName: c.name,
        authorEmail: commenterEmail(c.name, n),
        body: c.body,
        status,
        ipHash: hashIp(`10.0.${n % 250}.${(n * 7) % 250}`),
        userAgent: 'Mozilla/5.0 (demo)',
        createdAt: at,
      },
    });
  };
  const after = (a: { at: Date }, hours: number) => new Date(Math.min(a.at.getTime() + hours * HOUR, now.getTime() - 60_000));

  for (const [i, c] of readerComments.entries()) {
    const article = recent[i % recent.length]!;
    const parent = await add(article.id, c, 'APPROVED', after(article, 1 + i * 0.5));
    for (const [j, r] of (c.replies ?? []).entries()) await add(article.id, r, 'APPROVED', after(article, 2 + i * 0.5 + j), parent.id);
  }
  const place = async (list: SeedComment[], status: 'PENDING' | 'SPAM') => {
    for (const [i, c] of list.entries()) {
      const article = recent[(i * 3 + 1) % recent.length]!;
      await add(article.id, c, status, after(article, 4 + i + rnd()));
    }
  };
  await place(pendingComments, 'PENDING');
  await place(spamComments, 'SPAM');

  const counts = await db.comment.groupBy({ by: ['articleId'], where: { status: 'APPROVED' }, _count: { _all: true } });
  for (const c of counts) await db.article.update({ where: { id: c.articleId }, data: { commentCount: c._count._all } });
}
