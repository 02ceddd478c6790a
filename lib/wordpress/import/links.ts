// Links inside imported content. A link to another post, page, archive or image of the same site
// gets its new address; a link to a post not imported yet keeps its old path (which redirects) and
// marks the post for a second look once every post exists; other links stay as they are.
import { safeHref } from '@/lib/content/document';
import { findArticleRefs, findPageRefs } from '@/lib/data/imports';
import { itemQuery, normalisePath } from '@/lib/redirects/legacy-path';
import { articlePath, authorPath, categoryPath, tagPath } from '@/lib/urls';
import type { ImportRun } from './run';
import type { TermTables } from './taxonomy';

export class LinkRewriter {
  /** New addresses of imported posts and pages, by their WordPress id. */
  readonly addresses = new Map<number, string>();

  constructor(
    private readonly run: ImportRun,
    private readonly terms: TermTables,
    private readonly authors: Map<string, string>,
  ) {}

  /** The addresses of everything an earlier run imported (a link may point to any of them). */
  async preload() {
    const articles = new Map<number, number>();
    const pages = new Map<number, number>();
    for (const post of this.run.index.posts.values()) {
      const known = this.run.imported(post.type, post.id);
      if (known && known.localId > 0) (post.type === 'page' ? pages : articles).set(known.localId, post.id);
    }
    for (const a of await findArticleRefs([...articles.keys()])) this.addresses.set(articles.get(a.id)!, articlePath(a));
    for (const p of await findPageRefs([...pages.keys()])) this.addresses.set(pages.get(p.id)!, `/${encodeURIComponent(p.slug)}`);
  }

  /**
   * The address a link gets, or null when it may not be kept. `pending` is called for a link to a
   * post of the site that has no new address yet.
   */
  rewrite(href: string, base: string, pending: () => void): string | null {
    const trimmed = href.trim();
    if (trimmed.startsWith('#')) return safeHref.safeParse(trimmed).success ? trimmed : null;
    let url: URL;
    try {
      url = new URL(trimmed, base);
    } catch {
      return null;
    }
    if (url.protocol === 'mailto:') return safeHref.safeParse(url.href).success ? url.href : null;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!this.run.index.hosts.has(url.host.replace(/^www\./, ''))) return safeHref.safeParse(url.href).success ? url.href : null;
    const own = this.ownAddress(url, pending);
    return safeHref.safeParse(own).success ? own : null;
  }

  private ownAddress(url: URL, pending: () => void): string {
    const index = this.run.index;
    const path = normalisePath(url.pathname) ?? '';
    const query = path === '' ? itemQuery(url.searchParams) : null;
    const postId =
      index.postBySource.get(query ?? path) ?? (query?.startsWith('/?p=') || query?.startsWith('/?page_id=') ? Number(query.split('=')[1]) : undefined);
    if (postId && index.posts.has(postId)) {
      const known = this.addresses.get(postId);
      if (known) return known + url.hash;
      pending();
    }
    const segments = path.split('/').filter(Boolean);
    const [first, ...rest] = segments;
    const last = rest.at(-1);
    if (first === (this.run.options.categoryBase ?? 'category') && last) {
      const c = [...this.terms.categories.entries()].find(([slug]) => decodeURIComponentSafe(slug).toLowerCase() === last);
      if (c) return categoryPath(c[1]);
    }
    if (first === (this.run.options.tagBase ?? 'tag') && last) {
      const t = [...this.terms.tags.entries()].find(([slug]) => decodeURIComponentSafe(slug).toLowerCase() === last);
      if (t) return tagPath(t[1]);
    }
    if (first === 'author' && rest[0] && this.authors.has(rest[0])) return authorPath({ slug: this.authors.get(rest[0])! });
    // Anything else of the old site: its path here, where the redirects answer for it.
    return `${url.pathname}${url.search}${url.hash}` || '/';
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
