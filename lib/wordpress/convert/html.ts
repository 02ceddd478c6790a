// HTML (of a block, or of a classic post after its shortcodes and line breaks) to the blocks of
// an article document. The HTML is parsed by a real parser (parse5, through hast); only structure
// the document can express is kept (paragraphs, headings, lists, quotes, tables, images, embeds,
// bold, italic, links). Everything else keeps its text and, when it meant something, a report line.
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';
import {
  DOCUMENT_LIMITS,
  type BlockNode,
  type FigureNode,
  type GalleryNode,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type TableCellNode,
  type TableRowNode,
} from '@/lib/content/document';
import { recogniseEmbed } from '@/lib/content/embeds';
import type { ConvertContext, ImageRef, WarningCode } from './context';
import { clip, paragraphOf, textNode, withMark } from './inline';

const L = DOCUMENT_LIMITS;

/** Elements that hold blocks; anything else inside a paragraph is inline. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'hr',
  'pre',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'center',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'form',
  'fieldset',
  'script',
  'style',
  'noscript',
  'template',
  'x-embed',
  'x-gallery',
  'x-media',
  'img',
  'picture',
  'canvas',
  'svg',
  'button',
  'select',
  'textarea',
  'input',
]);
/** Inline elements whose text reads as ordinary text. */
const PLAIN_INLINE = new Set([
  'span',
  'font',
  'small',
  'big',
  'u',
  'ins',
  'del',
  's',
  'strike',
  'mark',
  'abbr',
  'acronym',
  'time',
  'cite',
  'q',
  'sub',
  'sup',
  'code',
  'kbd',
  'samp',
  'var',
  'tt',
  'label',
  'bdi',
  'bdo',
  'dfn',
  'data',
  'wbr',
  'nobr',
  'o:p',
  'source',
  'track',
]);
const DROPPED = new Set(['script', 'style', 'form', 'button', 'select', 'textarea', 'input', 'template', 'canvas', 'svg']);
const SILENT = new Set(['noscript', 'head', 'meta', 'link', 'title', 'base']);

type Node = ElementContent;
type Segment = { inline: InlineNode } | { block: BlockNode };

const isElement = (n: Node): n is Element => n.type === 'element';
const classes = (el: Element): string[] => {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : [];
};
const prop = (el: Element, name: string): string | undefined => {
  const v = el.properties?.[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};

export function textOf(node: Node | { children: Node[] }): string {
  if ('value' in node && node.type === 'text') return node.value;
  if ('children' in node) {
    if (isElement(node as Node) && (node as Element).tagName === 'br') return '\n';
    return (node.children as Node[]).map(textOf).join('');
  }
  return '';
}

function descendants(el: Element | { children: Node[] }, tag: string): Element[] {
  const found: Element[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.tagName === tag) found.push(c);
    found.push(...descendants(c, tag));
  }
  return found;
}

export function parseHtml(html: string): Node[] {
  return fromHtml(html, { fragment: true }).children as Node[];
}

export class HtmlConverter {
  constructor(private readonly ctx: ConvertContext) {}

  private warn(code: WarningCode, detail?: string) {
    this.ctx.warn(code, detail);
  }

  async convert(html: string): Promise<BlockNode[]> {
    return this.blocks(parseHtml(html));
  }

  /** A mix of text, inline and block elements, as blocks: loose inline runs become paragraphs. */
  async blocks(nodes: Node[]): Promise<BlockNode[]> {
    const out: BlockNode[] = [];
    let run: InlineNode[] = [];
    const flush = () => {
      const p = paragraphOf(run);
      if (p) out.push(p);
      run = [];
    };
    for (const node of nodes) {
      if (node.type === 'text') run.push(textNode(node.value, []));
      else if (isElement(node)) {
        if (BLOCK_TAGS.has(node.tagName)) {
          flush();
          out.push(...(await this.block(node)));
        } else {
          for (const segment of await this.inline(node, [])) {
            if ('inline' in segment) run.push(segment.inline);
            else {
              flush();
              out.push(segment.block);
            }
          }
        }
      }
    }
    flush();
    return out;
  }

  /** Inline content of an element; images and blocks met inside it come out as blocks of their own. */
  private async inline(el: Element, marks: Mark[]): Promise<Segment[]> {
    const tag = el.tagName;
    if (tag === 'br') return [{ inline: { type: 'hardBreak' } }];
    if (BLOCK_TAGS.has(tag)) return (await this.block(el)).map((block) => ({ block }));
    let inner = marks;
    if (tag === 'strong' || tag === 'b') inner = withMark(marks, { type: 'bold' });
    else if (tag === 'em' || tag === 'i') inner = withMark(marks, { type: 'italic' });
    else if (tag === 'a') {
      const href = prop(el, 'href');
      const target = href ? this.ctx.link(href) : null;
      if (target) inner = withMark(marks, { type: 'link', attrs: { href: target } });
      else if (href && !href.startsWith('#')) this.warn('link-dropped', href.slice(0, 80));
    } else if (!PLAIN_INLINE.has(tag)) this.warn('unknown-element', `<${tag}>`);
    const out: Segment[] = [];
    for (const child of el.children) {
      if (child.type === 'text') out.push({ inline: textNode(child.value, inner) });
      else if (isElement(child)) out.push(...(await this.inline(child, inner)));
    }
    return out;
  }

  private async paragraphBlocks(el: Element): Promise<BlockNode[]> {
    return this.blocks(el.children);
  }

  private async block(el: Element): Promise<BlockNode[]> {
    const tag = el.tagName;
    if (DROPPED.has(tag)) {
      this.warn('script-removed', `<${tag}>`);
      return [];
    }
    if (SILENT.has(tag)) return [];
    switch (tag) {
      case 'p':
      case 'div':
      case 'section':
      case 'article':
      case 'header':
      case 'footer':
      case 'main':
      case 'aside':
      case 'nav':
      case 'address':
      case 'center':
      case 'details':
      case 'summary':
      case 'dl':
      case 'dt':
      case 'dd':
      case 'figcaption':
      case 'fieldset':
      case 'li':
        return this.container(el);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return this.heading(el);
      case 'ul':
      case 'ol':
        return this.list(el);
      case 'blockquote':
        return this.blockquote(el);
      case 'figure':
        return this.figure(el);
      case 'table':
        return this.table(el);
      case 'hr':
        return [{ type: 'horizontalRule' }];
      case 'pre':
        this.warn('preformatted-as-text');
        return this.preformatted(el);
      case 'img':
      case 'picture': {
        const figure = await this.image(tag === 'img' ? el : descendants(el, 'img')[0], '');
        return figure ? [figure] : [];
      }
      case 'iframe':
      case 'x-embed':
        return this.embed(prop(el, tag === 'iframe' ? 'src' : 'url') ?? '', '');
      case 'x-gallery':
        return this.galleryOf(
          (prop(el, 'ids') ?? '')
            .split(',')
            .map((s) => Number.parseInt(s, 10))
            .filter((n) => n > 0),
          prop(el, 'caption') ?? '',
        );
      case 'x-media':
      case 'video':
      case 'audio':
      case 'object':
      case 'embed':
        return this.mediaLink(el);
      default:
        this.warn('unknown-element', `<${tag}>`);
        return this.container(el);
    }
  }

  /** Elements that only group: their content. Social-network embed codes are recognised here. */
  private async container(el: Element): Promise<BlockNode[]> {
    const social = this.socialEmbedCode(el);
    if (social) return social;
    return this.paragraphBlocks(el);
  }

  private async heading(el: Element): Promise<BlockNode[]> {
    const level = Number(el.tagName[1]) <= 2 ? 2 : 3;
    const segments = await this.blocks(el.children);
    // A heading holds text only: an image inside it comes out after it.
    const [first, ...rest] = segments;
    if (first?.type !== 'paragraph') return segments;
    return [{ type: 'heading', attrs: { level }, content: first.content }, ...rest];
  }

  private async list(el: Element): Promise<BlockNode[]> {
    const items: ListItemNode[] = [];
    const loose: BlockNode[] = [];
    for (const child of el.children) {
      if (isElement(child) && child.tagName === 'li') {
        const content = await this.blocks(child.children);
        items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
      } else if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol') && items.length) {
        // <ul><li>a</li><ul>…</ul></ul>: the nested list belongs to the item before it.
        items.at(-1)!.content.push(...(await this.list(child)));
      } else if (isElement(child) || textOf(child).trim()) loose.push(...(await this.blocks([child])));
    }
    if (!items.length) return loose;
    const start = Number.parseInt(prop(el, 'start') ?? '', 10);
    const list: BlockNode =
      el.tagName === 'ol'
        ? { type: 'orderedList', ...(start > 1 && start <= 1_000_000 ? { attrs: { start } } : {}), content: items }
        : { type: 'bulletList', content: items };
    return [list, ...loose];
  }

  private async blockquote(el: Element): Promise<BlockNode[]> {
    const social = this.socialEmbedCode(el);
    if (social) return social;
    const cites = descendants(el, 'cite');
    const source = clip(cites.map((c) => textOf(c)).join(' — '), L.quoteSource);
    if (source.clipped) this.warn('text-shortened', 'quote source');
    const withoutCites = stripElements(el, 'cite');
    const content = await this.blocks(withoutCites.children);
    return [{ type: 'blockquote', ...(source.text ? { attrs: { source: source.text } } : {}), content: content.length ? content : [{ type: 'paragraph' }] }];
  }

  private async figure(el: Element): Promise<BlockNode[]> {
    const caption = descendants(el, 'figcaption')
      .map((c) => textOf(c))
      .join(' ');
    const cls = classes(el);
    const iframe = descendants(el, 'iframe')[0];
    if (iframe) return this.embed(prop(iframe, 'src') ?? '', caption);
    if (cls.includes('wp-block-embed')) return this.embed(textOf(stripElements(el, 'figcaption')).trim(), caption);
    if (cls.includes('wp-block-gallery') || cls.includes('gallery')) return this.gallery(el, caption);
    const table = descendants(el, 'table')[0];
    if (table) {
      const blocks = await this.table(table);
      const p = paragraphOf([textNode(caption, [])]);
      return p ? [...blocks, p] : blocks;
    }
    const images = descendants(el, 'img');
    if (images.length === 1) {
      const figure = await this.image(images[0], caption);
      if (figure) return [figure];
      const p = paragraphOf([textNode(caption, [])]);
      return p ? [p] : [];
    }
    if (images.length > 1) return this.gallery(el, caption);
    return this.paragraphBlocks(el);
  }

  private imageRef(img: Element): ImageRef {
    const fromClass = classes(img)
      .map((c) => /^wp-image-(\d+)$/.exec(c)?.[1])
      .find(Boolean);
    const dataId = prop(img, 'dataId');
    const id = Number.parseInt(fromClass ?? dataId ?? '', 10);
    return { ...(id > 0 ? { attachmentId: id } : {}), src: prop(img, 'src') ?? prop(img, 'dataSrc'), alt: prop(img, 'alt') };
  }

  /** An image as a figure; the caption is the one the post shows (the library's is not added). */
  private async image(img: Element | undefined, caption: string): Promise<FigureNode | null> {
    if (!img) return null;
    const ref = this.imageRef(img);
    const found = await this.ctx.image(ref);
    if (!found) {
      this.warn('media-missing', ref.src ?? String(ref.attachmentId ?? ''));
      return null;
    }
    const alt = this.limited(ref.alt?.trim() || found.alt, L.alt, 'alt text');
    const text = this.limited(caption, L.caption, 'caption');
    return { type: 'figure', attrs: { mediaId: found.mediaId, alt, ...(text ? { caption: text } : {}) } };
  }

  private limited(text: string, max: number, what: string): string {
    const c = clip(text, max);
    if (c.clipped) this.warn('text-shortened', what);
    return c.text;
  }

  private async gallery(el: Element, caption: string): Promise<BlockNode[]> {
    const images: GalleryNode['attrs']['images'] = [];
    for (const img of descendants(el, 'img')) {
      // Each image's own caption sits in the figcaption beside it (older galleries: in its <li>).
      const holder = findHolder(el, img);
      const own = holder
        ? descendants(holder, 'figcaption')
            .map((c) => textOf(c))
            .join(' ')
        : '';
      const figure = await this.image(img, own);
      if (figure) images.push({ mediaId: figure.attrs.mediaId, alt: figure.attrs.alt, ...(figure.attrs.caption ? { caption: figure.attrs.caption } : {}) });
    }
    const galleryCaption = galleryOwnCaption(el) ?? (images.length ? '' : caption);
    return this.galleryNodes(images, galleryCaption);
  }

  private async galleryOf(ids: number[], caption: string): Promise<BlockNode[]> {
    const images: GalleryNode['attrs']['images'] = [];
    for (const attachmentId of ids.length ? ids : this.ctx.attachedImages()) {
      const found = await this.ctx.image({ attachmentId });
      if (!found) {
        this.warn('media-missing', `attachment ${attachmentId}`);
        continue;
      }
      images.push({
        mediaId: found.mediaId,
        alt: this.limited(found.alt, L.alt, 'alt text'),
        ...(found.caption ? { caption: this.limited(found.caption, L.caption, 'caption') } : {}),
      });
    }
    return this.galleryNodes(images, caption);
  }

  private galleryNodes(images: GalleryNode['attrs']['images'], caption: string): BlockNode[] {
    const text = this.limited(caption, L.caption, 'caption');
    if (!images.length) {
      const p = paragraphOf([textNode(text, [])]);
      return p ? [p] : [];
    }
    if (images.length === 1) {
      const [one] = images;
      return [{ type: 'figure', attrs: { mediaId: one!.mediaId, alt: one!.alt, ...(one!.caption || text ? { caption: one!.caption || text } : {}) } }];
    }
    const out: BlockNode[] = [];
    for (let i = 0; i < images.length; i += L.galleryImages) {
      const last = i + L.galleryImages >= images.length;
      out.push({ type: 'gallery', attrs: { images: images.slice(i, i + L.galleryImages), ...(text && last ? { caption: text } : {}) } });
    }
    return out;
  }

  /** A post of another site: an embed when the portal embeds its provider, else a link to it. */
  embed(url: string, caption: string): BlockNode[] {
    const address = url.trim();
    const text = this.limited(caption, L.caption, 'caption');
    const found = address ? recogniseEmbed(address.startsWith('//') ? `https:${address}` : address) : null;
    if (found) return [{ type: 'embed', attrs: { provider: found.provider, url: found.url, ...(text ? { caption: text } : {}) } }];
    if (!address) return [];
    this.warn('embed-unsupported', address.slice(0, 100));
    return this.linkParagraph(address, text);
  }

  private linkParagraph(address: string, label: string): BlockNode[] {
    const href = this.ctx.link(address);
    const shown = label || address;
    const p = paragraphOf([textNode(shown, href ? [{ type: 'link', attrs: { href } }] : [])]);
    return p ? [p] : [];
  }

  private mediaLink(el: Element): BlockNode[] {
    const src = prop(el, 'src') ?? prop(el, 'url') ?? prop(el, 'data') ?? (descendants(el, 'source')[0] && prop(descendants(el, 'source')[0]!, 'src'));
    this.warn('media-not-imported', src?.slice(0, 100) ?? `<${el.tagName}>`);
    if (!src) return [];
    const embedded = recogniseEmbed(src);
    if (embedded) return this.embed(src, prop(el, 'caption') ?? '');
    return this.linkParagraph(src, prop(el, 'caption') ?? '');
  }

  /** The embed codes social networks hand out (a blockquote or div plus their script). */
  private socialEmbedCode(el: Element): BlockNode[] | null {
    const cls = classes(el);
    let url: string | undefined;
    if (cls.includes('twitter-tweet') || cls.includes('twitter-video')) {
      url = descendants(el, 'a')
        .map((a) => prop(a, 'href') ?? '')
        .reverse()
        .find((h) => /\/status(es)?\/\d+/.test(h));
    } else if (cls.includes('instagram-media')) url = prop(el, 'dataInstgrmPermalink');
    else if (cls.includes('tiktok-embed')) url = prop(el, 'cite');
    else if (cls.includes('fb-post') || cls.includes('fb-video')) url = prop(el, 'dataHref');
    if (!url) return null;
    return this.embed(url, '');
  }

  private async table(el: Element): Promise<BlockNode[]> {
    const rows: TableRowNode[] = [];
    let clipped = false;
    for (const tr of descendants(el, 'tr')) {
      const cells: TableCellNode[] = [];
      for (const cell of tr.children) {
        if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        if (cells.length === L.tableColumns) {
          clipped = true;
          break;
        }
        const content = await this.blocks(cell.children);
        const span = (name: string) => Math.min(L.tableColumns, Math.max(1, Number.parseInt(prop(cell, name) ?? '1', 10) || 1));
        const attrs = { ...(span('colSpan') > 1 ? { colspan: span('colSpan') } : {}), ...(span('rowSpan') > 1 ? { rowspan: span('rowSpan') } : {}) };
        cells.push({
          type: cell.tagName === 'th' ? 'tableHeader' : 'tableCell',
          ...(Object.keys(attrs).length ? { attrs } : {}),
          content: content.length ? content : [{ type: 'paragraph' }],
        });
      }
      if (cells.length) rows.push({ type: 'tableRow', content: cells });
    }
    if (clipped) this.warn('text-shortened', `table wider than ${L.tableColumns} columns`);
    const tables: BlockNode[] = [];
    for (let i = 0; i < rows.length; i += L.tableRows) tables.push({ type: 'table', content: rows.slice(i, i + L.tableRows) });
    return tables;
  }

  private preformatted(el: Element): BlockNode[] {
    const lines = textOf(el).replace(/\r\n?/g, '\n').split('\n');
    const content: InlineNode[] = [];
    lines.forEach((line, i) => {
      if (i) content.push({ type: 'hardBreak' });
      if (line) content.push(textNode(line, []));
    });
    const p = paragraphOf(content);
    return p ? [p] : [];
  }
}

/** A copy of an element without its descendants of one tag. */
function stripElements(el: Element, tag: string): Element {
  return { ...el, children: el.children.filter((c) => !(isElement(c) && c.tagName === tag)).map((c) => (isElement(c) ? stripElements(c, tag) : c)) };
}

/** The <figure> or <li> inside a gallery that holds this image. */
function findHolder(gallery: Element, img: Element): Element | null {
  for (const holder of [...descendants(gallery, 'figure'), ...descendants(gallery, 'li')]) {
    if (descendants(holder, 'img').includes(img) && descendants(holder, 'img').length === 1) return holder;
  }
  return null;
}

/** A gallery's own caption: the figcaption that is its direct child (not an image's). */
function galleryOwnCaption(gallery: Element): string | null {
  const own = gallery.children.filter((c): c is Element => isElement(c) && c.tagName === 'figcaption');
  return own.length ? own.map((c) => textOf(c)).join(' ') : null;
}
