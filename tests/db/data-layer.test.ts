import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { seedDemo } from '@/prisma/seed/demo';
import { countPublished, findArticle, findNeighbours, findRelated, listMostRead, listPublished } from '@/lib/data/articles';
import { queryTerms, searchIndex } from '@/lib/data/search-index';
import { countRead, flushReads } from '@/lib/reads/read-buffer';
import { newsroomDay } from '@/lib/text/dates';
import { PUBLISHED_ARTICLES, UNPUBLISHED } from '@/prisma/seed/content';
import { deleteMediaRow, updateMediaText } from '@/lib/data/media';
import { saveRedirect } from '@/lib/data/redirects';
import { updateUserAccess } from '@/lib/data/users';
import { providers, type TestDatabase } from './databases';

const NOW = new Date('2026-06-15T12:00:00Z');

describe.each(providers)('the data layer on $name', ({ name, create, available }) => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    process.env.DATABASE_URL = db.url;
    await deployMigrations(db.url);
    await seedDemo(getDb(), { now: NOW, covers: false });
  });
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  it('lists only published articles, newest first', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(await countPublished({})).toBe(PUBLISHED_ARTICLES.length);
    const items = await listPublished({}, 30);
    const times = items.map((a) => a.publishedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const unpublishedTitles = new Set(UNPUBLISHED.map((a) => a.title));
    const all = await listPublished({}, 500);
    expect(all.some((a) => unpublishedTitles.has(a.title))).toBe(false);
  });

  it('filters by category and by tag', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const [first] = await listPublished({}, 1);
    const full = (await findArticle(first!.id))!;
    const inCategory = await listPublished({ categoryId: full.category.id }, 100);
    expect(inCategory.length).toBeGreaterThan(1);
    expect(inCategory.every((a) => a.category.id === full.category.id)).toBe(true);
    const tag = full.tags[0]!;
    const tagged = await listPublished({ tagId: tag.id }, 100);
    for (const a of tagged) expect((await findArticle(a.id))!.tags.map((t) => t.id)).toContain(tag.id);
  });

  it('ranks related articles by shared tags, never the article itself', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    for (const card of await listPublished({}, 10)) {
      const article = (await findArticle(card.id))!;
      const related = await findRelated(article);
      expect(related.length).toBeGreaterThanOrEqual(4);
      expect(related.length).toBeLessThanOrEqual(6);
      expect(related.map((r) => r.id)).not.toContain(article.id);
      const mine = new Set(article.tags.map((t) => t.id));
      const shared = await Promise.all(related.map(async (r) => (await findArticle(r.id))!.tags.filter((t) => mine.has(t.id)).length));
      expect(shared).toEqual([...shared].sort((a, b) => b - a));
    }
  });

  it('finds the previous and next article in time', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const [newest, second, third] = await listPublished({}, 3);
    const { previous, next } = await findNeighbours(second!);
    expect(previous?.id).toBe(third!.id);
    expect(next?.id).toBe(newest!.id);
    expect((await findNeighbours(newest!)).next).toBeNull();
  });

  it('ranks the most read articles of the week', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const top = await listMostRead(7, 5, NOW);
    expect(top).toHaveLength(5);
  });

  it('finds an article whatever the alef, ya, ta marbuta and tashkeel of the query', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const target = (await listPublished({}, 100)).find((a) => /[أإآ]/.test(a.title) && /ة/.test(a.title))!;
    expect(target).toBeDefined();
    const words = target.title
      .split(/\s+/)
      .filter((w) => /[أإآة]/.test(w))
      .slice(0, 2)
      .join(' ');
    const variants = [
      words,
      words.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه'),
      words.replace(/ي/g, 'ى'),
      [...words].map((c) => (/[\u0621-\u064A]/.test(c) ? `${c}\u064E` : c)).join(''),
    ];
    for (const q of variants) {
      const { ids, total } = await searchIndex(getDb(), queryTerms(q), 20, 0);
      expect(total, q).toBeGreaterThan(0);
      expect(ids, q).toContain(target.id);
    }
  });

  it('counts one read per visitor per article and writes them in a batch', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const [article] = await listPublished({}, 1);
    const before = (await findArticle(article!.id))!.readCount;
    // The buffer lives in this process for both providers: visitors differ per provider.
    expect(countRead(article!.id, '10.0.0.1', name)).toBe(true);
    expect(countRead(article!.id, '10.0.0.1', name)).toBe(false);
    expect(countRead(article!.id, '10.0.0.2', name)).toBe(true);
    expect(countRead(999_999, '10.0.0.1', name)).toBe(true);
    await flushReads();
    expect((await findArticle(article!.id))!.readCount).toBe(before + 2);
    const today = await getDb().articleDailyReads.findUnique({ where: { articleId_day: { articleId: article!.id, day: newsroomDay(new Date()) } } });
    expect(today?.count).toBeGreaterThanOrEqual(2);
  });

  it('never finds unpublished articles', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const draft = UNPUBLISHED.find((a) => a.status === 'DRAFT')!;
    const { ids } = await searchIndex(getDb(), queryTerms(draft.title.replace('مسودة:', '')), 50, 0);
    const found = await Promise.all(ids.map((id) => findArticle(id)));
    expect(found.every((a) => a?.status === 'PUBLISHED')).toBe(true);
  });

  it('answers «gone» for a row another editor deleted, instead of failing the request', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const missing = 987_654;
    expect(await updateUserAccess(missing, { role: 'EDITOR', active: false })).toBe(false);
    expect(await saveRedirect(missing, { source: '/old-gone/', target: '/' })).toBeNull();
    expect(await updateMediaText(missing, { alt: 'x', caption: '', credit: '' })).toBe(false);
    expect(await deleteMediaRow(missing)).toBe(false);
    // Present rows are still changed.
    const saved = (await saveRedirect(null, { source: '/old-here/', target: '/' }))!;
    expect(await saveRedirect(saved.id, { source: '/old-here/', target: '/about' })).toEqual({ id: saved.id });
  });
});
