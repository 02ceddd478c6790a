// The first pass over an export: everything the second pass needs to resolve references before it
// meets them (the site's address and time zone, authors, terms, every attachment, where each post
// lived), kept small: no post content except reusable blocks.
import { unserialize } from 'php-serialize';
import { sourceOf } from '@/lib/redirects/legacy-path';
import { readWxr } from '../wxr/reader';
import type { WxrAuthor, WxrChannel, WxrItem, WxrTerm } from '../wxr/records';

export interface AttachmentInfo {
  id: number;
  parentId: number;
  /** Path under wp-content/uploads (`2026/06/photo1.jpg`). */
  file: string;
  mime: string;
  alt: string;
  caption: string;
  title: string;
  link: string;
  /** Files of the resized copies WordPress made (`photo1-300x169.jpg`) with their widths. */
  sizes: { file: string; width: number }[];
  width: number;
}

export interface PostInfo {
  id: number;
  type: 'post' | 'page';
  status: string;
  slug: string;
  link: string;
  parentId: number;
}

export interface SiteIndex {
  channel: WxrChannel;
  /** The site's base address (the key of everything imported from it). */
  site: string;
  /** Host names the site answered on (links to them are links inside the site). */
  hosts: Set<string>;
  /** Minutes to add to UTC to get the site's wall time (from posts that carry both). */
  offsetMinutes: number;
  authors: Map<string, WxrAuthor>;
  authorsById: Map<number, string>;
  categories: Map<number, WxrTerm>;
  tags: Map<number, WxrTerm>;
  attachments: Map<number, AttachmentInfo>;
  /** Attachment ids by file path (originals and resized copies). */
  attachmentByFile: Map<string, number>;
  posts: Map<number, PostInfo>;
  /** Post ids by their old address (normalised). */
  postBySource: Map<string, number>;
  reusableBlocks: Map<number, string>;
  /** Items of other kinds, by post type (menus, revisions, custom types). */
  otherTypes: Map<string, number>;
  otherTaxonomies: Map<string, number>;
  items: number;
  bytes: number;
}

/** "2026-06-27 09:15:00" as UTC milliseconds, or null ("0000-00-00 00:00:00"). */
export function wpTime(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(t) ? null : t;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function attachmentOf(item: WxrItem): AttachmentInfo {
  const file = item.meta._wp_attached_file?.[0] ?? uploadPath(item.attachmentUrl) ?? '';
  const info: AttachmentInfo = {
    id: item.id,
    parentId: item.parentId,
    file,
    mime: '',
    alt: item.meta._wp_attachment_image_alt?.[0] ?? '',
    caption: item.excerpt.trim(),
    title: item.title,
    link: item.link,
    sizes: [],
    width: 0,
  };
  const raw = item.meta._wp_attachment_metadata?.[0];
  if (raw) {
    try {
      const meta = unserialize(raw, {}, { strict: false }) as {
        width?: number;
        sizes?: Record<string, { file?: string; width?: number; 'mime-type'?: string }>;
      };
      info.width = Number(meta.width) || 0;
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      for (const size of Object.values(meta.sizes ?? {})) if (size.file) info.sizes.push({ file: dir + size.file, width: Number(size.width) || 0 });
    } catch {
      // Metadata that does not unserialize only loses the resized copies' addresses.
    }
  }
  return info;
}

/** `…/wp-content/uploads/2026/06/photo1.jpg` -> `2026/06/photo1.jpg`. */
export function uploadPath(url: string | undefined): string | null {
  const m = url ? /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(url) : null;
  return m ? decode(m[1]!) : null;
}

export async function indexSite(file: string, onBytes?: (bytes: number) => void): Promise<SiteIndex> {
  const index: SiteIndex = {
    channel: {},
    site: '',
    hosts: new Set(),
    offsetMinutes: 0,
    authors: new Map(),
    authorsById: new Map(),
    categories: new Map(),
    tags: new Map(),
    attachments: new Map(),
    attachmentByFile: new Map(),
    posts: new Map(),
    postBySource: new Map(),
    reusableBlocks: new Map(),
    otherTypes: new Map(),
    otherTaxonomies: new Map(),
    items: 0,
    bytes: 0,
  };
  const offsets = new Map<number, number>();
  for await (const record of readWxr(file, { onBytes: (b) => ((index.bytes = b), onBytes?.(b)) })) {
    if (record.kind === 'channel') {
      index.channel = record.channel;
      index.site = (record.channel['wp:base_blog_url'] || record.channel['wp:base_site_url'] || record.channel.link || '').replace(/\/+$/, '');
      for (const url of [record.channel['wp:base_blog_url'], record.channel['wp:base_site_url'], record.channel.link]) {
        try {
          if (url) index.hosts.add(new URL(url).host.replace(/^www\./, ''));
        } catch {
          // not an address
        }
      }
    } else if (record.kind === 'author') {
      index.authors.set(record.author.login, record.author);
      index.authorsById.set(record.author.id, record.author.login);
    } else if (record.kind === 'term') {
      const t = record.term;
      if (t.taxonomy === 'category') index.categories.set(t.id, t);
      else if (t.taxonomy === 'post_tag') index.tags.set(t.id, t);
      else index.otherTaxonomies.set(t.taxonomy, (index.otherTaxonomies.get(t.taxonomy) ?? 0) + 1);
    } else {
      const item = record.item;
      index.items++;
      const local = wpTime(item.date);
      const gmt = wpTime(item.dateGmt);
      if (local !== null && gmt !== null) {
        const offset = Math.round((local - gmt) / 60_000);
        offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
      }
      if (item.type === 'post' || item.type === 'page') {
        const info: PostInfo = { id: item.id, type: item.type, status: item.status, slug: decode(item.slug), link: item.link, parentId: item.parentId };
        index.posts.set(item.id, info);
        const source = sourceOf(item.link);
        if (source) index.postBySource.set(source, item.id);
      } else if (item.type === 'attachment') {
        const a = attachmentOf(item);
        index.attachments.set(a.id, a);
        if (a.file) index.attachmentByFile.set(a.file, a.id);
        for (const size of a.sizes) index.attachmentByFile.set(size.file, a.id);
      } else if (item.type === 'wp_block') {
        index.reusableBlocks.set(item.id, item.content);
      } else {
        index.otherTypes.set(item.type, (index.otherTypes.get(item.type) ?? 0) + 1);
      }
    }
  }
  index.offsetMinutes = [...offsets].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return index;
}
