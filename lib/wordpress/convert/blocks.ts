// Block-editor (Gutenberg) content: parsed with WordPress's own block parser, then each block
// converted by what it is. Blocks whose saved HTML carries their structure (paragraphs, lists,
// quotes, tables, images) go through the HTML converter; layout blocks give their inner blocks;
// embeds and galleries are read from their attributes; blocks that WordPress renders at view time
// (latest posts, a plugin's widget) have nothing saved to import and are reported.
import { parse } from '@wordpress/block-serialization-default-parser';
import type { BlockNode } from '@/lib/content/document';
import type { ConvertContext } from './context';
import { classicToHtml } from './classic';
import { HtmlConverter, parseHtml, textOf } from './html';

type ParsedBlock = ReturnType<typeof parse>[number];

/** Blocks whose only meaning is layout: their inner blocks are the content. */
const LAYOUT = new Set([
  'core/group',
  'core/columns',
  'core/column',
  'core/row',
  'core/stack',
  'core/details',
  'core/buttons',
  'core/comments',
  'core/query',
  'core/post-template',
]);
/** Blocks whose saved HTML is their content. */
const STATIC = new Set([
  'core/paragraph',
  'core/heading',
  'core/list',
  'core/list-item',
  'core/quote',
  'core/pullquote',
  'core/table',
  'core/separator',
  'core/image',
  'core/button',
  'core/media-text',
  'core/cover',
  'core/footnotes',
  'core/text-columns',
]);
const DROPPED = new Set(['core/spacer', 'core/more', 'core/nextpage', 'core/missing']);

/** The HTML a static block saved, its inner blocks in their places. */
function savedHtml(block: ParsedBlock): string {
  let i = 0;
  return block.innerContent.map((part) => part ?? savedHtml(block.innerBlocks[i++]!)).join('');
}

export const hasBlocks = (content: string) => /<!--\s+wp:[a-z]/.test(content);

export class BlockConverter {
  private readonly html: HtmlConverter;
  private depth = 0;

  constructor(private readonly ctx: ConvertContext) {
    this.html = new HtmlConverter(ctx);
  }

  async convert(content: string): Promise<BlockNode[]> {
    return this.blocks(parse(content));
  }

  private async blocks(list: ParsedBlock[]): Promise<BlockNode[]> {
    const out: BlockNode[] = [];
    for (const block of list) out.push(...(await this.block(block)));
    return out;
  }

  private async block(block: ParsedBlock): Promise<BlockNode[]> {
    const name = block.blockName;
    const attrs = (block.attrs ?? {}) as Record<string, unknown>;
    // Between blocks: classic HTML (older posts edited once in the block editor keep it there).
    if (name === null || name === 'core/freeform') {
      const html = savedHtml(block);
      return html.trim() ? this.html.convert(classicToHtml(html, this.ctx)) : [];
    }
    if (name === 'core/nextpage') this.ctx.warn('page-break-removed');
    if (DROPPED.has(name)) return [];
    if (name === 'core/block') return this.reusable(Number(attrs.ref));
    if (name === 'core/embed' || name.startsWith('core-embed/')) return this.embed(block, attrs);
    if (name === 'core/gallery') return this.html.convert(galleryHtml(block));
    if (name === 'core/shortcode') return this.html.convert(classicToHtml(savedHtml(block), this.ctx));
    if (name === 'core/html') return this.html.convert(savedHtml(block));
    if (name === 'core/code' || name === 'core/preformatted' || name === 'core/verse') return this.html.convert(savedHtml(block));
    if (name === 'core/video' || name === 'core/audio' || name === 'core/file') {
      const src = String(attrs.src ?? attrs.href ?? '') || /\b(?:src|href)="([^"]+)"/.exec(savedHtml(block))?.[1] || '';
      return this.html.convert(`<x-media src="${src.replace(/"/g, '&quot;')}"></x-media>`);
    }
    if (STATIC.has(name)) return this.html.convert(savedHtml(block));
    if (LAYOUT.has(name)) return this.blocks(block.innerBlocks);
    return this.unknown(name, block);
  }

  private async embed(block: ParsedBlock, attrs: Record<string, unknown>): Promise<BlockNode[]> {
    const nodes = parseHtml(savedHtml(block));
    const figcaptions = nodes.flatMap((n) => ('children' in n ? n.children : [])).filter((n) => n.type === 'element' && n.tagName === 'figcaption');
    const caption = figcaptions.map((c) => textOf(c)).join(' ');
    const url = typeof attrs.url === 'string' ? attrs.url : textOf({ children: nodes }).replace(caption, '').trim();
    return this.html.embed(url, caption);
  }

  /** A reusable block: its own content, from the export (guarded against blocks that include themselves). */
  private async reusable(ref: number): Promise<BlockNode[]> {
    const content = Number.isFinite(ref) ? this.ctx.reusableBlock(ref) : null;
    if (!content || this.depth > 5) {
      this.ctx.warn('dynamic-block', 'core/block');
      return [];
    }
    this.depth++;
    try {
      return await this.blocks(parse(content));
    } finally {
      this.depth--;
    }
  }

  /** A plugin's block: its inner blocks if it has some, else the text it saved, else nothing. */
  private async unknown(name: string, block: ParsedBlock): Promise<BlockNode[]> {
    if (block.innerBlocks.length) {
      this.ctx.warn('unknown-block', name);
      return this.blocks(block.innerBlocks);
    }
    const html = savedHtml(block);
    if (!textOf({ children: parseHtml(html) }).trim() && !/<img\b/i.test(html)) {
      this.ctx.warn('dynamic-block', name);
      return [];
    }
    this.ctx.warn('unknown-block', name);
    return this.html.convert(html);
  }
}

/** A gallery's HTML with the images of its inner blocks (new format) or its own list (old format). */
function galleryHtml(block: ParsedBlock): string {
  const html = savedHtml(block);
  return /^\s*<figure\b/i.test(html) ? html : `<figure class="wp-block-gallery">${html}</figure>`;
}
