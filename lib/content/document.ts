// The article body: a structured document in the shape of the editor's JSON (ProseMirror/Tiptap:
// `{ type, attrs, content, marks, text }`), never HTML. The editor writes it, the WordPress importer
// writes it, the server validates it with this schema before storing it, and the site renders it
// with its own components. Unknown attributes are dropped; unknown node types are refused.
// No server imports: the editor (a client component) shares the limits and the types.
import { z } from 'zod';
import { EMBED_PROVIDERS } from './embeds';

export const DOCUMENT_LIMITS = {
  /** Characters of the document as JSON (what is stored). */
  json: 500_000,
  nodes: 20_000,
  /** Block nesting (a list inside a quote inside a table cell…). */
  depth: 10,
  text: 20_000,
  href: 2_000,
  caption: 500,
  credit: 200,
  alt: 250,
  quoteSource: 200,
  galleryImages: 30,
  tableRows: 100,
  tableColumns: 20,
} as const;

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export type TextNode = { type: 'text'; text: string; marks?: Mark[] };
export type HardBreakNode = { type: 'hardBreak' };
export type InlineNode = TextNode | HardBreakNode;

export type ParagraphNode = { type: 'paragraph'; content?: InlineNode[] };
export type HeadingNode = { type: 'heading'; attrs: { level: 2 | 3 }; content?: InlineNode[] };
export type ListItemNode = { type: 'listItem'; content: BlockNode[] };
export type BulletListNode = { type: 'bulletList'; content: ListItemNode[] };
export type OrderedListNode = { type: 'orderedList'; attrs?: { start?: number }; content: ListItemNode[] };
/** A quotation; `source` is who said or wrote it (rendered as its <cite>). */
export type BlockquoteNode = { type: 'blockquote'; attrs?: { source?: string }; content: BlockNode[] };
export type HorizontalRuleNode = { type: 'horizontalRule' };
export type TableCellNode = { type: 'tableCell' | 'tableHeader'; attrs?: { colspan?: number; rowspan?: number }; content: BlockNode[] };
export type TableRowNode = { type: 'tableRow'; content: TableCellNode[] };
export type TableNode = { type: 'table'; content: TableRowNode[] };
/** An image of the media library, with its caption and credit. */
export type FigureNode = { type: 'figure'; attrs: { mediaId: number; alt: string; caption?: string; credit?: string } };
export type GalleryNode = { type: 'gallery'; attrs: { images: { mediaId: number; alt: string; caption?: string }[]; caption?: string } };
/** A post or video of another site, shown as a placeholder that loads the provider only on click. */
export type EmbedNode = { type: 'embed'; attrs: { provider: (typeof EMBED_PROVIDERS)[number]; url: string; caption?: string } };
/** An inline «اقرأ أيضاً» card linking another article of the site. */
export type ReadAlsoNode = { type: 'readAlso'; attrs: { articleId: number } };

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | BlockquoteNode
  | HorizontalRuleNode
  | TableNode
  | FigureNode
  | GalleryNode
  | EmbedNode
  | ReadAlsoNode;

export type ArticleDocument = { type: 'doc'; content: BlockNode[] };
export type DocumentNode = ArticleDocument | BlockNode | ListItemNode | TableRowNode | TableCellNode | InlineNode;

const L = DOCUMENT_LIMITS;
const id = z.number().int().positive();
const optionalText = (max: number) => z.string().max(max).optional();

/** Links: the web, mail, and the site's own paths. Never `javascript:` or `data:`. */
export const safeHref = z
  .string()
  .trim()
  .max(L.href)
  .refine((href) => /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*|#[^\s]*)$/i.test(href), { message: 'linkInvalid' });

const mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]);

const text = z.object({ type: z.literal('text'), text: z.string().min(1).max(L.text), marks: z.array(mark).max(3).optional() });
const hardBreak = z.object({ type: z.literal('hardBreak') });
const inline = z.discriminatedUnion('type', [text, hardBreak]);
const inlineContent = z.array(inline).max(L.nodes).optional();

const paragraph = z.object({ type: z.literal('paragraph'), content: inlineContent });
const heading = z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }), content: inlineContent });
const horizontalRule = z.object({ type: z.literal('horizontalRule') });
const figure = z.object({
  type: z.literal('figure'),
  attrs: z.object({ mediaId: id, alt: z.string().max(L.alt), caption: optionalText(L.caption), credit: optionalText(L.credit) }),
});
const gallery = z.object({
  type: z.literal('gallery'),
  attrs: z.object({
    images: z
      .array(z.object({ mediaId: id, alt: z.string().max(L.alt), caption: optionalText(L.caption) }))
      .min(1)
      .max(L.galleryImages),
    caption: optionalText(L.caption),
  }),
});
const embed = z.object({
  type: z.literal('embed'),
  attrs: z.object({ provider: z.enum(EMBED_PROVIDERS), url: z.string().url().max(L.href).startsWith('https://'), caption: optionalText(L.caption) }),
});
const readAlso = z.object({ type: z.literal('readAlso'), attrs: z.object({ articleId: id }) });

// Recursive parts: zod needs the types spelled out (above) to type z.lazy.
const block: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [paragraph, heading, bulletList, orderedList, blockquote, horizontalRule, table, figure, gallery, embed, readAlso]),
) as z.ZodType<BlockNode>;
const blocks = z.array(block).min(1).max(L.nodes);
const listItem = z.object({ type: z.literal('listItem'), content: blocks });
const bulletList = z.object({ type: z.literal('bulletList'), content: z.array(listItem).min(1).max(L.nodes) });
const orderedList = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().min(0).max(1_000_000).optional() }).optional(),
  content: z.array(listItem).min(1).max(L.nodes),
});
const blockquote = z.object({ type: z.literal('blockquote'), attrs: z.object({ source: optionalText(L.quoteSource) }).optional(), content: blocks });
const span = z.number().int().min(1).max(L.tableColumns).optional();
const cell = z.object({ type: z.enum(['tableCell', 'tableHeader']), attrs: z.object({ colspan: span, rowspan: span }).optional(), content: blocks });
const row = z.object({ type: z.literal('tableRow'), content: z.array(cell).min(1).max(L.tableColumns) });
const table = z.object({ type: z.literal('table'), content: z.array(row).min(1).max(L.tableRows) });

const shape = z.object({ type: z.literal('doc'), content: z.array(block).max(L.nodes) });

/** Calls `visit` on every node, depth first, with its block depth. */
export function walkDocument(node: DocumentNode, visit: (node: DocumentNode, depth: number) => void, depth = 0) {
  visit(node, depth);
  if ('content' in node && node.content) for (const child of node.content) walkDocument(child as DocumentNode, visit, depth + 1);
}

/** Depth and size checked before the recursive schema runs, so a hostile document cannot exhaust the stack. */
function withinBounds(value: unknown, depth = 0, count = { n: 0 }): boolean {
  if (depth > L.depth * 3 + 4 || ++count.n > L.nodes) return false;
  if (typeof value !== 'object' || value === null) return true;
  const content = (value as { content?: unknown }).content;
  return !Array.isArray(content) || content.every((child) => withinBounds(child, depth + 1, count));
}

export const ArticleDocumentSchema = z
  .unknown()
  .refine((v) => withinBounds(v), { message: 'documentTooLarge' })
  .pipe(shape)
  .refine((doc) => JSON.stringify(doc).length <= L.json, { message: 'documentTooLarge' }) as z.ZodType<ArticleDocument, unknown>;

/** A stored body (JSON text) parsed and validated; null when it is not a valid document. */
export function parseDocument(json: string): ArticleDocument | null {
  if (json.length > L.json * 2) return null;
  try {
    const parsed = ArticleDocumentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const EMPTY_DOCUMENT: ArticleDocument = { type: 'doc', content: [] };

/** Paragraphs from plain text, one per non-empty line (imports, tests, the seed). */
export function documentFromText(value: string): ArticleDocument {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line.slice(0, L.text) }] })) };
}

/**
 * The reader-visible text of a document (search index, excerpt, reading time, feeds): blocks on
 * lines of their own, captions and quote sources included, table cells separated by a tab.
 */
export function documentText(doc: ArticleDocument): string {
  return textOf(doc)
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
}

function textOf(node: DocumentNode): string {
  const children = (separator: string) => ('content' in node && node.content ? (node.content as DocumentNode[]).map(textOf).join(separator) : '');
  switch (node.type) {
    case 'text':
      return node.text;
    case 'hardBreak':
      return '\n';
    case 'paragraph':
    case 'heading':
      return children('');
    case 'tableRow':
      return children('\t');
    case 'blockquote':
      return [children('\n'), node.attrs?.source].filter(Boolean).join('\n');
    case 'figure':
      return [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' ');
    case 'gallery':
      return [...node.attrs.images.map((i) => i.caption), node.attrs.caption].filter(Boolean).join('\n');
    case 'embed':
      return node.attrs.caption ?? '';
    default:
      return children('\n');
  }
}

/** Media ids a document shows (figures and galleries), to load their sizes in one query. */
export function documentMediaIds(doc: ArticleDocument): number[] {
  const ids = new Set<number>();
  walkDocument(doc, (node) => {
    if (node.type === 'figure') ids.add(node.attrs.mediaId);
    if (node.type === 'gallery') for (const image of node.attrs.images) ids.add(image.mediaId);
  });
  return [...ids];
}

/** Articles a document links as «اقرأ أيضاً» cards. */
export function documentArticleIds(doc: ArticleDocument): number[] {
  const ids = new Set<number>();
  walkDocument(doc, (node) => node.type === 'readAlso' && ids.add(node.attrs.articleId));
  return [...ids];
}
