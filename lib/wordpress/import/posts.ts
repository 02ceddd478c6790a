// Posts become articles and pages become pages: content converted to the document, status and
// dates carried over, the featured image, categories, tags, Yoast's title and description, the
// comments with their threads, and a redirect from every address the item had.
import {
  articleSlugsTaken,
  findArticleForImport,
  findPageForImport,
  pageSlugsTaken,
  updateArticleBody,
  writeImportedArticle,
  writeImportedPage,
  type ImportedArticle,
} from '@/lib/data/imports';
import type { ArticleStatus } from '@/lib/generated/sqlite/client';
import { ARTICLE_LIMITS, ARTICLE_LANGUAGES } from '@/lib/validation/article';
import { slugify } from '@/lib/text/slug';
import { articlePath } from '@/lib/urls';
import { cacheTags } from '@/lib/cache-tags';
import { convertContent, htmlToText, type ConvertContext } from '../convert';
import { clip } from '../convert/inline';
import type { WxrItem } from '../wxr/records';
import { CommentImporter } from './comments';
import type { LinkRewriter } from './links';
import type { MediaImporter } from './media';
import { addRedirect } from './redirects';
import { hashOf, type ImportRun } from './run';
import { wpTime } from './site-index';
import { bodyForStorage } from './storage';
import { portalSlug, type TermTables } from './taxonomy';
import { seoText } from './yoast';

const STATUS: Record<string, ArticleStatus> = { publish: 'PUBLISHED', future: 'SCHEDULED', draft: 'DRAFT', pending: 'REVIEW', private: 'DRAFT' };
/** First segments the portal's own pages use: a page cannot take them. */
const RESERVED_PAGE_SLUGS = new Set(['news', 'category', 'tag', 'author', 'search', 'admin', 'feed', 'media', 'api', 'sitemaps', 'brand', 'fr', 'en', 'ar']);

/** What an article looks like to the "was it edited since?" check (status and dates move on their own). */
function writtenHash(a: {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  categoryId: number;
  coverId: number | null;
  seoTitle: string;
  seoDescription: string;
  tagIds: number[];
}) {
  return hashOf([a.slug, a.title, a.excerpt, a.body, a.categoryId, a.coverId, a.seoTitle, a.seoDescription, [...a.tagIds].sort((x, y) => x - y)]);
}

export class PostImporter {
  /** Posts with a link to a post that had no new address yet: converted again at the end. */
  readonly relinks = new Set<number>();
  private readonly pageParents: { pageId: number; parentWpId: number }[] = [];
  private readonly comments: CommentImporter;

  constructor(
    private readonly run: ImportRun,
    private readonly media: MediaImporter,
    private readonly links: LinkRewriter,
    private readonly users: Map<string, { id: number; slug: string }>,
    private readonly terms: TermTables,
  ) {
    this.comments = new CommentImporter(run, users);
  }

  private get report() {
    return this.run.report;
  }

  private context(item: WxrItem, quiet = false): ConvertContext {
    const index = this.run.index;
    return {
      image: (ref) => this.media.image(ref, item.id),
      attachedImages: () => [...index.attachments.values()].filter((a) => a.parentId === item.id).map((a) => a.id),
      link: (href) => this.links.rewrite(href, item.link || `${this.run.site}/`, () => this.relinks.add(item.id)),
      reusableBlock: (id) => index.reusableBlocks.get(id) ?? null,
      warn: (code, detail) => !quiet && this.report.warn(code, String(item.id), detail),
    };
  }

  private async body(item: WxrItem, quiet = false): Promise<string> {
    return bodyForStorage(await convertContent(item.content, this.context(item, quiet)));
  }

  /** The site's instant of a WordPress date (its GMT column, else its local one and the site's offset). */
  private instant(local: string, gmt: string): Date | null {
    const t = wpTime(gmt) ?? (wpTime(local) === null ? null : wpTime(local)! - this.run.index.offsetMinutes * 60_000);
    return t === null ? null : new Date(t);
  }

  async importItem(item: WxrItem) {
    if (item.type === 'page') return this.importPage(item);
    if (item.type === 'post') return this.importPost(item);
  }

  private titleOf(item: WxrItem): string {
    const title = clip(htmlToText(item.title), ARTICLE_LIMITS.title).text;
    return title || clip(htmlToText(item.content.replace(/<!--[\s\S]*?-->/g, '')), 80).text || `#${item.id}`;
  }

  private category(item: WxrItem): number {
    const mine = item.terms
      .filter((t) => t.domain === 'category')
      .map((t) => this.terms.categories.get(t.slug))
      .filter((c) => c !== undefined);
    const primary = Number(item.meta._yoast_wpseo_primary_category?.[0] ?? item.meta._primary_term_category?.[0]);
    const chosen = mine.find((c) => c.termId === primary) ?? [...mine].sort((a, b) => b.depth - a.depth || a.termId - b.termId)[0];
    if (mine.length > 1) this.report.warn('several-categories', String(item.id));
    if (chosen) return chosen.id;
    const first = this.terms.categories.values().next().value;
    if (!first) throw new Error('The export has no category: the portal files every article under one.');
    this.report.warn('no-category', String(item.id));
    return first.id;
  }

  private author(item: WxrItem): number {
    const user = this.users.get(item.author);
    if (user) return user.id;
    const first = this.users.values().next().value;
    if (!first) throw new Error('The export has no author (wp:author): articles need one.');
    this.report.warn('unknown-author', String(item.id), item.author);
    return first.id;
  }

  private async uniqueSlug(
    wanted: string,
    exceptId: number | null,
    itemId: number,
    takenLike: (slug: string, except: number | null) => Promise<Set<string>>,
  ): Promise<string> {
    const taken = await takenLike(wanted, exceptId);
    if (!taken.has(wanted)) return wanted;
    this.report.warn('slug-taken', String(itemId), wanted);
    for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
  }

  private language(): string {
    const code = (this.run.index.channel.language ?? '').slice(0, 2).toLowerCase();
    return (ARTICLE_LANGUAGES as readonly string[]).includes(code) ? code : 'ar';
  }

  private async importPost(item: WxrItem) {
    let status = STATUS[item.status];
    if (!status) {
      this.report.count('posts', 'skipped');
      this.report.skip(`post with status "${item.status}" (trash, auto-draft, …)`);
      return;
    }
    if (item.status === 'private') this.report.warn('private-as-draft', String(item.id));
    if (item.password && status === 'PUBLISHED') {
      status = 'DRAFT';
      this.report.warn('password-protected', String(item.id));
    }
    const sourceHash = hashOf([
      'post',
      item.title,
      item.content,
      item.excerpt,
      item.status,
      item.date,
      item.dateGmt,
      item.modifiedGmt,
      item.slug,
      item.author,
      item.terms,
      item.meta,
      item.commentStatus,
      item.password,
    ]);
    const known = this.run.imported('post', item.id);
    this.report.status(status);
    let articleId = known?.localId ?? null;
    if (known && known.sourceHash === sourceHash) {
      this.report.count('posts', 'unchanged');
    } else {
      articleId = await this.writePost(item, status, sourceHash, known?.localId ?? null, known?.writtenHash);
      if (articleId === null) return;
    }
    const address = this.links.addresses.get(item.id);
    if (address) await this.postRedirects(item, address);
    if (articleId !== null) await this.comments.importFor(item, articleId);
  }

  /** Creates or updates the article; null when the portal's own changes are kept. */
  private async writePost(
    item: WxrItem,
    status: ArticleStatus,
    sourceHash: string,
    existingId: number | null,
    lastWritten: string | undefined,
  ): Promise<number | null> {
    if (existingId !== null && existingId > 0) {
      const current = await findArticleForImport(existingId);
      if (!current) {
        this.report.count('posts', 'skipped');
        this.report.skip('post deleted in the portal since the last import');
        return null;
      }
      if (writtenHash({ ...current, tagIds: current.tags.map((t) => t.tagId) }) !== lastWritten) {
        this.report.warn('edited-in-portal', String(item.id));
        this.report.count('posts', 'skipped');
        return null;
      }
    }
    const title = this.titleOf(item);
    const wantedSlug = portalSlug(item.slug, title) || slugify(title) || `post-${item.id}`;
    const slug = await this.uniqueSlug(wantedSlug.slice(0, ARTICLE_LIMITS.slug), existingId, item.id, articleSlugsTaken);
    const published = this.instant(item.date, item.dateGmt);
    const modified = this.instant(item.modified, item.modifiedGmt);
    const live = status === 'PUBLISHED' || status === 'SCHEDULED';
    const cover = item.meta._thumbnail_id?.[0] ? await this.media.attachment(Number(item.meta._thumbnail_id[0]), item.id) : null;
    const categoryId = this.category(item);
    const tagIds = item.terms
      .filter((t) => t.domain === 'post_tag')
      .map((t) => this.terms.tags.get(t.slug)?.id)
      .filter((id): id is number => id !== undefined);
    const excerpt = clip(htmlToText(item.excerpt), ARTICLE_LIMITS.excerpt).text;
    const data: ImportedArticle = {
      slug,
      title,
      excerpt,
      body: await this.body(item),
      status,
      publishedAt: live ? published : null,
      createdAt: published ?? new Date(),
      contentUpdatedAt: status === 'PUBLISHED' && published && modified && modified.getTime() - published.getTime() > 60_000 ? modified : null,
      authorId: this.author(item),
      categoryId,
      coverId: cover?.media.id ?? null,
      coverAlt: cover ? clip(cover.attachment.alt || title, ARTICLE_LIMITS.coverAlt).text : '',
      coverCaption: cover ? clip(cover.attachment.caption, ARTICLE_LIMITS.coverCaption).text : '',
      seoTitle: seoText(item.meta._yoast_wpseo_title?.[0], { title, excerpt, siteName: this.run.index.channel.title ?? '' }).slice(0, ARTICLE_LIMITS.title),
      seoDescription: seoText(item.meta._yoast_wpseo_metadesc?.[0], { title, excerpt, siteName: this.run.index.channel.title ?? '' }).slice(0, 320),
      language: this.language(),
      commentsOpen: item.commentStatus === 'open',
      tagIds: [...new Set(tagIds)],
    };
    let article = { id: existingId ?? this.run.nextFakeId(), slug };
    if (!this.run.dryRun) article = await writeImportedArticle(existingId, data);
    this.links.addresses.set(item.id, articlePath(article));
    this.run.touched.add(cacheTags.article(article.id));
    await this.run.remember('post', item.id, { localId: article.id, sourceHash, writtenHash: writtenHash(data) });
    this.report.count('posts', existingId ? 'updated' : 'created');
    return article.id;
  }

  private async postRedirects(item: WxrItem, address: string) {
    const target = address;
    if (item.link && !/[?&]p=\d+/.test(item.link)) await addRedirect(this.run, item.link, target, 'post');
    await addRedirect(this.run, `/?p=${item.id}`, target, 'post');
    const slug = portalSlug(item.slug, '');
    if (item.slug) await addRedirect(this.run, `/${slug}`, target, 'post');
    for (const old of item.meta._wp_old_slug ?? []) if (old) await addRedirect(this.run, `/${old}`, target, 'post');
  }

  /** Converts a post's content again once every post has its address, when it links to one that had none. */
  async relink(item: WxrItem) {
    const known = this.run.imported('post', item.id);
    if (!known || known.localId < 0 || this.run.dryRun) return;
    const body = await this.body(item, true);
    const current = await findArticleForImport(known.localId);
    if (!current || current.body === body) return;
    await updateArticleBody(known.localId, body);
    this.run.touched.add(cacheTags.article(known.localId));
    await this.run.remember('post', item.id, { ...known, writtenHash: writtenHash({ ...current, body, tagIds: current.tags.map((t) => t.tagId) }) });
  }

  private async importPage(item: WxrItem) {
    if (item.status !== 'publish') {
      this.report.count('pages', 'skipped');
      this.report.skip(`page with status "${item.status}" (the portal's pages are all public)`);
      return;
    }
    const sourceHash = hashOf(['page', item.title, item.content, item.slug, item.parentId]);
    const known = this.run.imported('page', item.id);
    let pageId = known?.localId ?? null;
    let slug: string;
    if (known && known.sourceHash === sourceHash) {
      this.report.count('pages', 'unchanged');
      slug = (known.localId > 0 ? (await findPageForImport(known.localId))?.slug : null) ?? portalSlug(item.slug, item.title);
    } else {
      const title = this.titleOf(item);
      let wanted = portalSlug(item.slug, title).slice(0, 120);
      if (RESERVED_PAGE_SLUGS.has(wanted)) wanted = `${wanted}-page`;
      slug = await this.uniqueSlug(wanted, pageId, item.id, pageSlugsTaken);
      if (slug !== wanted && !known) this.report.warn('page-exists', String(item.id), wanted);
      const data = { slug, title, body: await this.body(item), parentId: null };
      if (!this.run.dryRun) pageId = (await writeImportedPage(pageId && pageId > 0 ? pageId : null, data)).id;
      else pageId ??= this.run.nextFakeId();
      await this.run.remember('page', item.id, { localId: pageId!, sourceHash, writtenHash: '' });
      this.report.count('pages', known ? 'updated' : 'created');
      if (item.parentId) this.pageParents.push({ pageId: pageId!, parentWpId: item.parentId });
    }
    const target = `/${encodeURIComponent(slug)}`;
    this.links.addresses.set(item.id, target);
    if (item.link && !/[?&]page_id=\d+/.test(item.link)) await addRedirect(this.run, item.link, target, 'page');
    await addRedirect(this.run, `/?page_id=${item.id}`, target, 'page');
  }

  /** Pages under their parent, once every page exists. */
  async resolvePageParents() {
    if (this.run.dryRun) return;
    for (const { pageId, parentWpId } of this.pageParents) {
      const parent = this.run.imported('page', parentWpId);
      const page = await findPageForImport(pageId);
      if (parent && page && parent.localId > 0 && page.parentId !== parent.localId)
        await writeImportedPage(pageId, { slug: page.slug, title: page.title, body: page.body, parentId: parent.localId });
    }
  }
}
