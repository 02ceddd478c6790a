// The WordPress 6.1.9 export of the shared fixture imported into an empty database, on SQLite and
// on PostgreSQL: what comes in, where every old address goes, and that a second run changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument, walkDocument } from '@/lib/content/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listApprovedThreads } from '@/lib/data/comments';
import { findRedirectTarget } from '@/lib/data/redirects';
import { searchIndex, queryTerms } from '@/lib/data/search-index';
import { readLegacyAddress, finalTarget } from '@/lib/redirects/legacy-path';
import { importWordPress } from '@/lib/wordpress/import';
import { deployMigrations } from '@/scripts/db/migrate-engine';
import { FIXTURE_EXPORT, FIXTURE_UPLOADS } from '../wordpress/fixture';
import { providers, type TestDatabase } from './databases';

/** A copy of the fixture's export with a change, in a temporary folder. */
function variant(dir: string, name: string, change: (xml: string) => string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, change(fs.readFileSync(FIXTURE_EXPORT, 'utf8')));
  return file;
}

/** Where an old address ends up: the redirect's target with its paging or feed. */
async function resolve(address: string) {
  const url = new URL(address, 'http://127.0.0.1:8080');
  const legacy = readLegacyAddress(url.pathname, url.searchParams)!;
  const target = await findRedirectTarget([legacy.source, legacy.slugAlias ?? '']);
  return target && finalTarget(target, legacy);
}

describe.each(providers)('importing the WordPress fixture on $name', ({ create, available }) => {
  let db: TestDatabase | undefined;
  let tmp: string;
  let first: Awaited<ReturnType<typeof importWordPress>>;
  beforeAll(async () => {
    if (!(await available())) return;
    db = await create();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-import-'));
    process.env.DATABASE_URL = db.url;
    process.env.MEDIA_DIR = path.join(tmp, 'media');
    await deployMigrations(db.url);
    first = await importWordPress({ file: FIXTURE_EXPORT, uploadsDir: FIXTURE_UPLOADS, roles: { admin: 'ADMIN', sara: 'EDITOR' } });
  });
  afterAll(async () => {
    if (!db) return;
    await getDb().$disconnect();
    delete process.env.DATABASE_URL;
    delete process.env.MEDIA_DIR;
    await db.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('brings every post with its status, the pages, authors, terms, media and comments', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const report = first.report;
    expect(Object.fromEntries(report.statuses)).toEqual({ PUBLISHED: 32, SCHEDULED: 1, DRAFT: 1, REVIEW: 1 });
    const prisma = getDb();
    const byStatus = await prisma.article.groupBy({ by: ['status'], _count: true });
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r._count]))).toEqual({ PUBLISHED: 32, SCHEDULED: 1, DRAFT: 1, REVIEW: 1 });
    expect(report.counts.get('authors')!.created).toBe(7);
    expect(report.counts.get('categories')!.created).toBe(7);
    expect(report.counts.get('tags')!.created).toBe(23);
    expect(report.counts.get('media')!.created).toBe(4);
    expect(report.counts.get('pages')!.created).toBe(3);
    expect(report.counts.get('comments')!.created).toBe(50);
    const scheduled = await prisma.article.findFirstOrThrow({ where: { status: 'SCHEDULED' } });
    expect(scheduled.publishedAt!.toISOString()).toBe('2027-01-15T07:00:00.000Z');
    // The pending post had no slug in WordPress: it gets one from its title.
    expect((await prisma.article.findFirstOrThrow({ where: { status: 'REVIEW' } })).slug).toBe('الدخول-المدرسي-الاستعدادات-في-المؤسسات');
    // Staff accounts have no password (they cannot sign in until an admin sets one) and their roles.
    const users = await prisma.user.findMany({ select: { slug: true, role: true, passwordHash: true } });
    expect(users.every((u) => u.passwordHash === '')).toBe(true);
    expect(users.find((u) => u.slug === 'sara')!.role).toBe('EDITOR');
    expect(users.find((u) => u.slug === 'omar')!.role).toBe('AUTHOR');
    // The nested category keeps its parent; the site takes the old site's name.
    const city = await prisma.category.findUniqueOrThrow({ where: { slug: 'nador-city' }, include: { parent: true } });
    expect(city.parent!.slug).toBe('region');
    expect((await prisma.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).siteName).toBe('أخبار المدينة');
  });

  it('keeps the Gutenberg post’s cover, section, SEO text, links and comment threads', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const prisma = getDb();
    const post = await prisma.article.findUniqueOrThrow({
      where: { slug: 'port-expansion-phase-two' },
      include: { cover: true, category: true, tags: { include: { tag: true } } },
    });
    const budget = await prisma.article.findUniqueOrThrow({ where: { slug: 'council-approves-budget' } });
    expect(post.cover!.alt).toBe('رافعات على الرصيف الجديد للميناء');
    expect(post.coverCaption).toBe('الرصيف الجديد قيد الإنجاز (صورة أرشيفية)');
    expect(post.category.slug).toBe('nador-city');
    expect(post.tags.map((t) => t.tag.name).sort()).toEqual(['Nador West Med', 'استثمار', 'الميناء']);
    expect(post.seoTitle).toBe('توسعة الميناء: المرحلة الثانية');
    expect(post.seoDescription).toBe('كل ما يجب معرفته عن المرحلة الثانية من توسعة الميناء.');
    // Stored as the editor's document, with the link to another imported post at its new address.
    const links: string[] = [];
    walkDocument(parseDocument(post.body)!, (node) => node.type === 'text' && node.marks?.forEach((m) => m.type === 'link' && links.push(m.attrs.href)));
    expect(links).toContain(`/news/${budget.id}/council-approves-budget`);
    expect(post.commentCount).toBe(4);
    const threads = await listApprovedThreads(post.id);
    expect(threads.map((t) => t.authorName)).toEqual(['محمد', 'يوسف']);
    expect(threads[0]!.replies.map((r) => [r.authorName, r.inReplyTo, r.staff])).toEqual([
      ['Fatima Z.', undefined, false],
      ['سلمى الإدريسي', 'Fatima Z.', true],
    ]);
    const pending = await prisma.comment.findFirstOrThrow({ where: { articleId: post.id, status: 'PENDING' } });
    expect(pending.body).toBe('تعليق ينتظر المراجعة');
  });

  it('finds imported articles in Arabic search at once', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const { ids } = await searchIndex(getDb(), queryTerms('توسعة الميناء'), 10, 0);
    const post = await getDb().article.findUniqueOrThrow({ where: { slug: 'port-expansion-phase-two' } });
    expect(ids).toContain(post.id);
  });

  it('answers every old address kind with the new page', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const prisma = getDb();
    const post = await prisma.article.findUniqueOrThrow({ where: { slug: 'port-expansion-phase-two' } });
    const cover = await prisma.media.findUniqueOrThrow({ where: { id: post.coverId! } });
    const article = `/news/${post.id}/port-expansion-phase-two`;
    const cases: Record<string, string> = {
      '/port-expansion-phase-two/': article,
      '/port-expansion-phase-two': article,
      '/2026/06/27/port-expansion-phase-two/': article,
      '/economy/port-expansion-phase-two/': article,
      '/?p=35': article,
      '/?page_id=45': '/contact-us',
      '/contact-us/advertise/': '/advertise',
      '/category/region/nador-city/': '/category/nador-city',
      '/category/region/nador-city/page/2/': '/category/nador-city/page/2',
      '/category/region/nador-city/feed/': '/feed/nador-city.xml',
      '/?cat=24': '/category/nador-city',
      '/?tag=%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1': '/tag/%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1',
      '/?author=5': '/author/salma',
      '/port-expansion-phase-two/%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%a7%d9%84%d8%b1%d8%b5%d9%8a%d9%81-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af/': article,
      '/?attachment_id=36': article,
      '/wp-content/uploads/2026/06/photo1.jpg': `/media/${cover.key}/960.webp`,
      '/wp-content/uploads/2026/06/photo1-150x150.jpg': `/media/${cover.key}/160.webp`,
    };
    for (const [old, target] of Object.entries(cases)) expect(await resolve(old), old).toBe(target);
    // The attachment of the classic post has no parent post: its page goes to the image.
    expect(await resolve('/%D8%B3%D9%88%D9%82-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9%D9%8A/')).toMatch(/^\/media\/[\w-]+\/960\.webp$/);
  });

  it('changes nothing when run again', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const prisma = getDb();
    const before = await Promise.all([
      prisma.article.findMany({ orderBy: { id: 'asc' } }),
      prisma.comment.count(),
      prisma.media.count(),
      prisma.redirect.count(),
      prisma.user.count(),
    ]);
    const { report, touchedTags } = await importWordPress({ file: FIXTURE_EXPORT, uploadsDir: FIXTURE_UPLOADS, roles: { admin: 'ADMIN', sara: 'EDITOR' } });
    expect(report.changedNothing, report.toText()).toBe(true);
    expect(report.counts.get('posts')).toEqual({ created: 0, updated: 0, unchanged: 35, skipped: 0 });
    expect(touchedTags).toEqual([]);
    const after = await Promise.all([
      prisma.article.findMany({ orderBy: { id: 'asc' } }),
      prisma.comment.count(),
      prisma.media.count(),
      prisma.redirect.count(),
      prisma.user.count(),
    ]);
    expect(after).toEqual(before);
  });

  it('updates what changed in WordPress, keeps what an editor changed here, and imports spam as spam', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const prisma = getDb();
    await prisma.article.update({ where: { slug: 'parks-expansion-plan' }, data: { title: 'عنوان عدّله المحرر' } });
    const file = variant(tmp, 'changed.xml', (xml) =>
      xml
        .replace('خطة جديدة لتوسعة الحدائق العامة في الأحياء الشرقية', 'خطة معدلة للحدائق')
        .replace('المجلس البلدي يقرّ ميزانية العام المقبل بعد جلسة مطوّلة', 'المجلس البلدي يقرّ الميزانية')
        .replace(
          '<wp:comment_id>52</wp:comment_id>',
          '<wp:comment_id>53</wp:comment_id><wp:comment_author><![CDATA[Spammer]]></wp:comment_author><wp:comment_content><![CDATA[cheap pills]]></wp:comment_content><wp:comment_approved><![CDATA[spam]]></wp:comment_approved><wp:comment_date_gmt><![CDATA[2026-06-27 10:00:00]]></wp:comment_date_gmt></wp:comment><wp:comment><wp:comment_id>52</wp:comment_id>',
        ),
    );
    const { report } = await importWordPress({ file, uploadsDir: FIXTURE_UPLOADS });
    expect(report.counts.get('posts')).toMatchObject({ updated: 1, skipped: 1 });
    expect([...report.warnings.get('edited-in-portal')!.items]).toEqual(['5']);
    expect((await prisma.article.findUniqueOrThrow({ where: { slug: 'parks-expansion-plan' } })).title).toBe('عنوان عدّله المحرر');
    expect((await prisma.article.findUniqueOrThrow({ where: { slug: 'council-approves-budget' } })).title).toBe('المجلس البلدي يقرّ الميزانية');
    const post = await prisma.article.findUniqueOrThrow({ where: { slug: 'port-expansion-phase-two' } });
    expect((await prisma.comment.findFirstOrThrow({ where: { body: 'cheap pills' } })).status).toBe('SPAM');
    expect((await listApprovedThreads(post.id)).flatMap((t) => [t.body, ...t.replies.map((r) => r.body)])).not.toContain('cheap pills');
    expect(post.commentCount).toBe(4);
  });

  it('writes nothing on a dry run, and reports what it would do', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const prisma = getDb();
    const before = await Promise.all([prisma.article.count(), prisma.redirect.count(), prisma.importedItem.count()]);
    const file = variant(tmp, 'renumbered.xml', (xml) =>
      xml.replace(/<wp:post_id>(\d+)<\/wp:post_id>/g, (_, id) => `<wp:post_id>${Number(id) + 1000}</wp:post_id>`),
    );
    const { report } = await importWordPress({ file, uploadsDir: FIXTURE_UPLOADS, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.counts.get('posts')!.created).toBe(35);
    expect(report.toText()).toContain('dry run');
    expect(await Promise.all([prisma.article.count(), prisma.redirect.count(), prisma.importedItem.count()])).toEqual(before);
  });
});
