// Markdown (how bodies were stored before the editor's documents, and how the demo content is
// written) to an article document. It keeps what the old sanitising pipeline showed — paragraphs,
// h2/h3, lists, quotes, rules, bold, italic, safe links, library images — and drops what it
// dropped (raw HTML, unsafe links, images from elsewhere), so a converted body reads the same.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { ArticleDocumentSchema, DOCUMENT_LIMITS, safeHref, type ArticleDocument, type BlockNode, type InlineNode, type Mark } from './document';

/** The media id of a library image (`/media/<key>`), or undefined when the library has no such image. */
export type MediaLookup = (key: string) => number | undefined;

type Flow = RootContent | BlockContent | DefinitionContent;

const parser = unified().use(remarkParse);

export function markdownToDocument(markdown: string, mediaId: MediaLookup = () => undefined): ArticleDocument {
  const tree = parser.parse(markdown) as Root;
  const doc = { type: 'doc' as const, content: blocks(tree.children, mediaId) };
  return ArticleDocumentSchema.parse(doc);
}

function blocks(nodes: Flow[], mediaId: MediaLookup): BlockNode[] {
  return nodes.flatMap((node) => block(node, mediaId));
}

function block(node: Flow, mediaId: MediaLookup): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphWithImages(node.children, mediaId);
    case 'heading': {
      const content = inline(node.children, []);
      return content.length ? [{ type: 'heading', attrs: { level: node.depth <= 2 ? 2 : 3 }, content }] : [];
    }
    case 'thematicBreak':
      return [{ type: 'horizontalRule' }];
    case 'blockquote': {
      const content = blocks(node.children, mediaId);
      const source = quoteSource(content);
      if (source) content.pop();
      return content.length ? [{ type: 'blockquote', ...(source ? { attrs: { source } } : {}), content }] : [];
    }
    case 'list': {
      const items = node.children.map((item) => listItem(item, mediaId)).filter((i) => i.content.length);
      if (!items.length) return [];
      return node.ordered
        ? [{ type: 'orderedList', ...(node.start && node.start !== 1 ? { attrs: { start: node.start } } : {}), content: items }]
        : [{ type: 'bulletList', content: items }];
    }
    case 'code':
      return node.value.trim() ? [{ type: 'paragraph', content: textNodes(node.value, []) }] : [];
    default:
      // Raw HTML, definitions, footnotes: the old pipeline showed none of them.
      return [];
  }
}

function listItem(item: ListItem, mediaId: MediaLookup) {
  return { type: 'listItem' as const, content: blocks(item.children, mediaId) };
}

/** «— source» as the last paragraph of a quote (how imported quotes were written) is its source. */
function quoteSource(content: BlockNode[]): string | undefined {
  const last = content.at(-1);
  if (content.length < 2 || last?.type !== 'paragraph' || last.content?.length !== 1) return undefined;
  const only = last.content[0]!;
  const match = only.type === 'text' && !only.marks ? /^—\s*(.+)$/.exec(only.text) : null;
  return match?.[1] && match[1].length <= DOCUMENT_LIMITS.quoteSource ? match[1] : undefined;
}

/** A paragraph, split around the library images it holds (each becomes a figure of its own). */
function paragraphWithImages(children: PhrasingContent[], mediaId: MediaLookup): BlockNode[] {
  const out: BlockNode[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const content = trimBreaks(inline(run, []));
    if (content.length) out.push({ type: 'paragraph', content });
    run = [];
  };
  for (const child of children) {
    if (child.type !== 'image') {
      run.push(child);
      continue;
    }
    const key = /^\/media\/([\w-]+)$/.exec(child.url)?.[1];
    const id = key ? mediaId(key) : undefined;
    if (!id) continue;
    flush();
    out.push({ type: 'figure', attrs: { mediaId: id, alt: (child.alt ?? '').slice(0, DOCUMENT_LIMITS.alt) } });
  }
  flush();
  return out;
}

function trimBreaks(content: InlineNode[]): InlineNode[] {
  let start = 0;
  let end = content.length;
  while (start < end && content[start]!.type === 'hardBreak') start++;
  while (end > start && content[end - 1]!.type === 'hardBreak') end--;
  return content.slice(start, end);
}

function inline(nodes: PhrasingContent[], marks: Mark[]): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    switch (node.type) {
      case 'text':
        return textNodes(node.value.replace(/\s*\n\s*/g, ' '), marks);
      case 'inlineCode':
        return textNodes(node.value, marks);
      case 'strong':
        return inline(node.children, withMark(marks, { type: 'bold' }));
      case 'emphasis':
        return inline(node.children, withMark(marks, { type: 'italic' }));
      case 'link': {
        const href = safeHref.safeParse(node.url);
        return inline(node.children, href.success ? withMark(marks, { type: 'link', attrs: { href: href.data } }) : marks);
      }
      case 'break':
        return [{ type: 'hardBreak' }];
      default:
        return [];
    }
  });
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

function textNodes(value: string, marks: Mark[]): InlineNode[] {
  if (!value) return [];
  const out: InlineNode[] = [];
  for (let i = 0; i < value.length; i += DOCUMENT_LIMITS.text) {
    out.push({ type: 'text', text: value.slice(i, i + DOCUMENT_LIMITS.text), ...(marks.length ? { marks } : {}) });
  }
  return out;
}

/** True when a stored body is already a document (JSON), not Markdown. */
export function isDocumentJson(body: string): boolean {
  return /^\s*\{\s*"type"\s*:\s*"doc"/.test(body);
}
