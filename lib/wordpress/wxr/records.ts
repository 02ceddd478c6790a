// The records of a WordPress export, typed: what the importer reads from each element. Field names
// follow WordPress's own (post_name is the slug, post_date is in the site's time zone, …).
import type { XmlNode } from './reader';

export interface WxrChannel {
  title?: string;
  link?: string;
  description?: string;
  language?: string;
  'wp:base_site_url'?: string;
  'wp:base_blog_url'?: string;
  'wp:wxr_version'?: string;
  [field: string]: string | undefined;
}

export interface WxrAuthor {
  id: number;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrTerm {
  id: number;
  taxonomy: string;
  slug: string;
  /** The parent's slug (WordPress exports parents by slug). */
  parent: string;
  name: string;
  description: string;
}

export interface WxrComment {
  id: number;
  author: string;
  email: string;
  url: string;
  ip: string;
  date: string;
  dateGmt: string;
  content: string;
  /** "1", "0", "spam", "trash", "post-trashed". */
  approved: string;
  /** "comment" (or ""), "pingback", "trackback", … */
  type: string;
  parentId: number;
  userId: number;
}

export interface WxrItem {
  id: number;
  type: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  /** The slug as WordPress stores it (percent-encoded for Arabic). */
  slug: string;
  parentId: number;
  menuOrder: number;
  /** Login of the author (dc:creator). */
  author: string;
  content: string;
  excerpt: string;
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  commentStatus: string;
  password: string;
  sticky: boolean;
  attachmentUrl: string;
  terms: { domain: string; slug: string; name: string }[];
  meta: Record<string, string[]>;
  comments: WxrComment[];
}

export type WxrRecord =
  { kind: 'channel'; channel: WxrChannel } | { kind: 'author'; author: WxrAuthor } | { kind: 'term'; term: WxrTerm } | { kind: 'item'; item: WxrItem };

const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const text = (node: XmlNode, name: string) => child(node, name)?.text.trim() ?? '';
/** Post content keeps its own spacing (line breaks are paragraphs in classic posts). */
const raw = (node: XmlNode, name: string) => child(node, name)?.text ?? '';
const int = (node: XmlNode, name: string) => {
  const n = Number.parseInt(text(node, name), 10);
  return Number.isFinite(n) ? n : 0;
};

function metaOf(node: XmlNode, tag: string): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  for (const m of node.children) {
    if (m.name !== tag) continue;
    const key = text(m, 'wp:meta_key');
    if (key) (meta[key] ??= []).push(raw(m, 'wp:meta_value'));
  }
  return meta;
}

function comment(node: XmlNode): WxrComment {
  return {
    id: int(node, 'wp:comment_id'),
    author: text(node, 'wp:comment_author'),
    email: text(node, 'wp:comment_author_email'),
    url: text(node, 'wp:comment_author_url'),
    ip: text(node, 'wp:comment_author_IP'),
    date: text(node, 'wp:comment_date'),
    dateGmt: text(node, 'wp:comment_date_gmt'),
    content: raw(node, 'wp:comment_content'),
    approved: text(node, 'wp:comment_approved'),
    type: text(node, 'wp:comment_type'),
    parentId: int(node, 'wp:comment_parent'),
    userId: int(node, 'wp:comment_user_id'),
  };
}

function item(node: XmlNode): WxrItem {
  return {
    id: int(node, 'wp:post_id'),
    type: text(node, 'wp:post_type'),
    status: text(node, 'wp:status'),
    title: text(node, 'title'),
    link: text(node, 'link'),
    guid: text(node, 'guid'),
    slug: text(node, 'wp:post_name'),
    parentId: int(node, 'wp:post_parent'),
    menuOrder: int(node, 'wp:menu_order'),
    author: text(node, 'dc:creator'),
    content: raw(node, 'content:encoded'),
    excerpt: raw(node, 'excerpt:encoded'),
    date: text(node, 'wp:post_date'),
    dateGmt: text(node, 'wp:post_date_gmt'),
    modified: text(node, 'wp:post_modified'),
    modifiedGmt: text(node, 'wp:post_modified_gmt'),
    commentStatus: text(node, 'wp:comment_status'),
    password: text(node, 'wp:post_password'),
    sticky: text(node, 'wp:is_sticky') === '1',
    attachmentUrl: text(node, 'wp:attachment_url'),
    terms: node.children
      .filter((c) => c.name === 'category')
      .map((c) => ({ domain: c.attrs.domain ?? 'category', slug: c.attrs.nicename ?? '', name: c.text.trim() })),
    meta: metaOf(node, 'wp:postmeta'),
    comments: node.children.filter((c) => c.name === 'wp:comment').map(comment),
  };
}

function term(node: XmlNode): WxrTerm | null {
  switch (node.name) {
    case 'wp:category':
      return {
        id: int(node, 'wp:term_id'),
        taxonomy: 'category',
        slug: text(node, 'wp:category_nicename'),
        parent: text(node, 'wp:category_parent'),
        name: text(node, 'wp:cat_name'),
        description: text(node, 'wp:category_description'),
      };
    case 'wp:tag':
      return {
        id: int(node, 'wp:term_id'),
        taxonomy: 'post_tag',
        slug: text(node, 'wp:tag_slug'),
        parent: '',
        name: text(node, 'wp:tag_name'),
        description: text(node, 'wp:tag_description'),
      };
    case 'wp:term':
      return {
        id: int(node, 'wp:term_id'),
        taxonomy: text(node, 'wp:term_taxonomy'),
        slug: text(node, 'wp:term_slug'),
        parent: text(node, 'wp:term_parent'),
        name: text(node, 'wp:term_name'),
        description: text(node, 'wp:term_description'),
      };
    default:
      return null;
  }
}

export function toRecord(node: XmlNode): WxrRecord | null {
  if (node.name === 'item') return { kind: 'item', item: item(node) };
  if (node.name === 'wp:author') {
    return {
      kind: 'author',
      author: {
        id: int(node, 'wp:author_id'),
        login: text(node, 'wp:author_login'),
        email: text(node, 'wp:author_email'),
        displayName: text(node, 'wp:author_display_name'),
        firstName: text(node, 'wp:author_first_name'),
        lastName: text(node, 'wp:author_last_name'),
      },
    };
  }
  const t = term(node);
  return t ? { kind: 'term', term: t } : null;
}
