import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { seedDemo } from '@/prisma/seed/demo';
import { buildRss } from '@/lib/seo/rss';
import { createSqliteDatabase, type TestDatabase } from './databases';

// Headlines, sections and names that try to leave their text node: CDATA ends (the writer of the
// `feed` package split only the first), markup, entities and characters XML cannot carry.
const HOSTILE = {
  title: 'خبر]]><injected>أول</injected><![CDATA[ ثم ]]><injected>ثانٍ</injected><![CDATA[ نهاية',
  excerpt: ']]><injected/>]]><injected/> & &amp; <b>',
  section: 'قسم ]]><injected/>]]><injected/> & <i>',
  author: 'كاتب ]]><injected/>]]><injected/>',
};
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

describe('RSS with hostile headlines (SQLite)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = createSqliteDatabase();
    process.env.DATABASE_URL = db.url;
    process.env.SITE_URL = 'https://www.azghar.example';
    await deployMigrations(db.url);
    await seedDemo(getDb(), { covers: false });
    const prisma = getDb();
    const category = await prisma.category.create({ data: { slug: 'hostile', name: HOSTILE.section, position: 99 } });
    const author = await prisma.user.update({ where: { id: 1 }, data: { name: HOSTILE.author } });
    await prisma.article.create({
      data: {
        slug: 'hostile',
        title: `${HOSTILE.title}\u0001\uFFFE`,
        body: 'نص ]]> ]]>',
        excerpt: HOSTILE.excerpt,
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 1000),
        authorId: author.id,
        categoryId: category.id,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    await db.drop();
  });

  for (const feed of [undefined, 'hostile']) {
    it(`keeps every text of ${feed ? 'a section feed' : 'the site feed'} inside its element`, async () => {
      const xml = (await buildRss(feed))!;
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(/<injected/);
      const channel = parser.parse(xml).rss.channel as { title: string; item: Record<string, unknown>[] };
      const item = channel.item.find((i) => String(i.title).startsWith('خبر'))!;
      // Each text arrives whole and as text: no element was added anywhere in the item.
      expect(item.title).toBe(HOSTILE.title);
      expect(item.description).toBe(']]&#62;&#60;injected/&#62;]]&#62;&#60;injected/&#62; &#38; &#38;amp; &#60;b&#62;');
      expect(item['dc:creator']).toBe(HOSTILE.author);
      expect((item.category as Record<string, string>)['#text']).toBe(HOSTILE.section);
      if (feed) expect(channel.title).toContain(HOSTILE.section);
    });
  }
});
