import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { parseDocument } from '@/lib/content/document';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { runDataMigrations } from '@/scripts/db/data-migrations';
import { openSql } from '@/scripts/db/data-migrations/sql';
import { seedDemo } from '@/prisma/seed/demo';
import { PUBLISHED_ARTICLES, UNPUBLISHED } from '@/prisma/seed/content';
import { sitePages } from '@/prisma/seed/content/pages';
import { legacyMarkdownHtml } from '../support/legacy-markdown';
import { renderedText } from '../support/rendered-text';
import { renderDocument } from '../content/body-rendering';
import { providers, type TestDatabase } from './databases';

const markdownByTitle = new Map([...PUBLISHED_ARTICLES, ...UNPUBLISHED, ...sitePages].map((a) => [a.title, a.body.trim()]));

describe.each(providers)(
  'the data migrations (Markdown to documents, bidi controls out of names, outlets out of source lines) on $name',
  ({ create, available }) => {
    let db: TestDatabase | undefined;
    beforeAll(async () => {
      if (!(await available())) return;
      db = await create();
      process.env.DATABASE_URL = db.url;
      await deployMigrations(db.url);
      await seedDemo(getDb(), { now: new Date('2026-06-15T12:00:00Z'), covers: false });
      // A database from before the editor: every body back to its Markdown, one with a library image.
      const sql = await openSql(db.url);
      for (const table of ['Article', 'Page'] as const) {
        for (const row of await sql.all<{ id: number; title: string }>(`SELECT "id", "title" FROM "${table}"`)) {
          await sql.run(`UPDATE "${table}" SET "body" = ? WHERE "id" = ?`, [markdownByTitle.get(row.title), row.id]);
        }
      }
      await sql.run(`INSERT INTO "Media" ("key", "mimeType", "width", "height", "byteSize", "widths") VALUES ('dam-1', 'image/webp', 1200, 800, 1, '320')`);
      const [first] = await sql.all<{ id: number }>('SELECT "id" FROM "Article" ORDER BY "id" LIMIT 1');
      await sql.run('UPDATE "Article" SET "body" = ? WHERE "id" = ?', ['صورة السد:\n\n![سد تاغزوت](/media/dam-1)', first!.id]);
      await sql.run('UPDATE "ArticleRevision" SET "body" = ?', ['نص **قديم**']);
      // Names stored before forms removed bidi overrides; a zero-width non-joiner has honest uses.
      await sql.run('UPDATE "Category" SET "name" = ? WHERE "id" = (SELECT MIN("id") FROM "Category")', ['\u202Eمحليات (RLO) gnp.exe']);
      await sql.run('UPDATE "Tag" SET "name" = ? WHERE "id" = (SELECT MIN("id") FROM "Tag")', ['می\u200Cخواهم']);
      // Outlets typed into the source line, before it had a field of its own.
      const [second, third] = await sql.all<{ id: number }>('SELECT "id" FROM "Article" ORDER BY "id" LIMIT 2 OFFSET 1');
      const [{ siteName }] = (await sql.all<{ siteName: string }>('SELECT "siteName" FROM "SiteSettings"')) as [{ siteName: string }];
      await sql.run('UPDATE "Article" SET "sourceLine" = ? WHERE "id" = ?', ['الناظور24: متابعة', second!.id]);
      await sql.run('UPDATE "Article" SET "sourceLine" = ? WHERE "id" = ?', [`${siteName}: مراسلة خاصة`, third!.id]);
      await sql.close();
    });
    afterAll(async () => {
      if (!db) return;
      await getDb().$disconnect();
      delete process.env.DATABASE_URL;
      await db.drop();
    });

    it('converts every body once; the demo content reads the same before and after', async ({ skip }) => {
      if (!db) return skip('PostgreSQL is not reachable');
      const applied = await runDataMigrations(db.url);
      expect(applied).toHaveLength(3);
      expect(applied[0]).toMatch(/^20261201_markdown_bodies_to_documents \(\d+ rows\)$/);
      expect(applied[1]).toBe('20261202_reader_text_without_bidi_controls (1 rows)');
      expect(applied[2]).toBe('20261202_source_outlets (2 rows)');
      const sources = await getDb().article.findMany({ select: { sourceOutlet: true, sourceLine: true }, orderBy: { id: 'asc' }, skip: 1, take: 2 });
      expect(sources).toEqual([
        { sourceOutlet: 'الناظور24', sourceLine: 'متابعة' },
        { sourceOutlet: '', sourceLine: 'مراسلة خاصة' },
      ]);
      expect((await getDb().category.findFirstOrThrow({ orderBy: { id: 'asc' } })).name).toBe('محليات (RLO) gnp.exe');
      expect((await getDb().tag.findFirstOrThrow({ orderBy: { id: 'asc' } })).name).toBe('می\u200Cخواهم');

      const articles = await getDb().article.findMany({ select: { id: true, title: true, body: true, autoExcerpt: true }, orderBy: { id: 'asc' } });
      const [withImage, ...rest] = articles;
      const media = await getDb().media.findUniqueOrThrow({ where: { key: 'dam-1' } });
      expect(parseDocument(withImage!.body)!.content[1]).toEqual({ type: 'figure', attrs: { mediaId: media.id, alt: 'سد تاغزوت' } });
      for (const a of rest) {
        const doc = parseDocument(a.body);
        expect(doc, a.title).not.toBeNull();
        expect(renderedText(renderDocument(doc!))).toBe(renderedText(legacyMarkdownHtml(markdownByTitle.get(a.title)!)));
        expect(a.autoExcerpt.length).toBeGreaterThan(20);
      }
      for (const page of await getDb().page.findMany()) {
        expect(renderedText(renderDocument(parseDocument(page.body)!))).toBe(renderedText(legacyMarkdownHtml(markdownByTitle.get(page.title)!)));
      }
      for (const r of await getDb().articleRevision.findMany()) {
        expect(parseDocument(r.body)).toEqual({
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'نص ' },
                { type: 'text', text: 'قديم', marks: [{ type: 'bold' }] },
              ],
            },
          ],
        });
      }
    });

    it('runs once: a second start changes nothing', async ({ skip }) => {
      if (!db) return skip('PostgreSQL is not reachable');
      const before = await getDb().article.findMany({ select: { id: true, body: true } });
      expect(await runDataMigrations(db.url)).toEqual([]);
      expect(await getDb().article.findMany({ select: { id: true, body: true } })).toEqual(before);
    });
  },
);
