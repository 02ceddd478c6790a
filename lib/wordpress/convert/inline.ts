// Inline text: marks, whitespace as HTML collapses it, and the limits of the document schema.
import { DOCUMENT_LIMITS, type InlineNode, type Mark, type ParagraphNode, type TextNode } from '@/lib/content/document';

const MARK_ORDER = { bold: 0, italic: 1, link: 2 } as const;

/** Adds a mark, replacing one of the same type (an inner link wins over an outer one). */
export function withMark(marks: Mark[], mark: Mark): Mark[] {
  return [...marks.filter((m) => m.type !== mark.type), mark].sort((a, b) => MARK_ORDER[a.type] - MARK_ORDER[b.type]);
}

export function textNode(text: string, marks: Mark[]): TextNode {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

const sameMarks = (a: TextNode, b: TextNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
/** Whitespace as a browser shows it: any run (no-break spaces included) is one space. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f\u00a0\u200b]+/g, ' ');

/** Inline nodes as the schema wants them: collapsed spaces, no empty or oversized text, merged runs. */
export function normaliseInline(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      merged.push(node);
      continue;
    }
    const text = collapse(node.text);
    const last = merged.at(-1);
    if (last?.type === 'text' && sameMarks(last, node)) last.text = collapse(last.text + text);
    else merged.push({ ...node, text });
  }
  // No space at the start or end of a line; no break at the start or end of the block.
  for (let i = 0; i < merged.length; i++) {
    const node = merged[i]!;
    if (node.type !== 'text') continue;
    const before = merged[i - 1];
    const after = merged[i + 1];
    if (!before || before.type === 'hardBreak' || (before.type === 'text' && / $/.test(before.text))) node.text = node.text.replace(/^ /, '');
    if (!after || after.type === 'hardBreak') node.text = node.text.replace(/ $/, '');
  }
  const kept = merged.filter((n) => n.type === 'hardBreak' || n.text.length > 0);
  while (kept[0]?.type === 'hardBreak') kept.shift();
  while (kept.at(-1)?.type === 'hardBreak') kept.pop();
  return kept.flatMap(splitLong);
}

function splitLong(node: InlineNode): InlineNode[] {
  if (node.type !== 'text' || node.text.length <= DOCUMENT_LIMITS.text) return [node];
  const parts: InlineNode[] = [];
  for (let i = 0; i < node.text.length; i += DOCUMENT_LIMITS.text) parts.push({ ...node, text: node.text.slice(i, i + DOCUMENT_LIMITS.text) });
  return parts;
}

export function hasText(nodes: InlineNode[]): boolean {
  return nodes.some((n) => n.type === 'text' && n.text.trim().length > 0);
}

/** A paragraph of these inline nodes, or null when they hold no text. */
export function paragraphOf(nodes: InlineNode[]): ParagraphNode | null {
  const content = normaliseInline(nodes);
  return hasText(content) ? { type: 'paragraph', content } : null;
}

/** Plain text cut to a limit, on a word boundary when there is one. */
export function clip(text: string, max: number): { text: string; clipped: boolean } {
  const clean = collapse(text).trim();
  if (clean.length <= max) return { text: clean, clipped: false };
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return { text: `${space > max * 0.6 ? cut.slice(0, space) : cut}…`, clipped: true };
}
