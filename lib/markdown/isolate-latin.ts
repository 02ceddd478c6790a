import type { Element, ElementContent, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

// A run of Latin script (names, acronyms, brands) with the spaces and punctuation inside it.
const LATIN_RUN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,'’&+\-]*[A-Za-z\u00C0-\u024F0-9.]|[A-Za-z\u00C0-\u024F]/g;

/** Splits a text into plain pieces and <bdi> elements around each Latin run. */
export function isolateLatinText(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of value.matchAll(LATIN_RUN)) {
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/**
 * Wraps Latin runs inside right-to-left text in <bdi>, so that «سيلين برتون (Céline BERTHON).»
 * keeps its order whatever punctuation surrounds the name. Only for right-to-left content.
 */
export function rehypeIsolateLatin() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || (parent as Element).tagName === 'bdi') return;
      const pieces = isolateLatinText(node.value);
      if (pieces.length === 1 && pieces[0]?.type === 'text') return;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
