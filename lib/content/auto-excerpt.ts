import { parseDocument, type ArticleDocument, type BlockNode } from './document';
import { documentText } from './document';

export const AUTO_EXCERPT_LENGTH = 300;

/**
 * The first words of a body's text, for cards, feeds and descriptions when the editor wrote no
 * excerpt: the opening paragraphs (not headings, captions or tables), cut at a word.
 */
export function autoExcerpt(doc: ArticleDocument, max = AUTO_EXCERPT_LENGTH): string {
  const paragraphs = doc.content.filter((b): b is Extract<BlockNode, { type: 'paragraph' }> => b.type === 'paragraph');
  const text = documentText({ type: 'doc', content: paragraphs }).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The same, from a stored body (JSON). */
export function autoExcerptOfStored(json: string): string {
  const doc = parseDocument(json);
  return doc ? autoExcerpt(doc) : '';
}
