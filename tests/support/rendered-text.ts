// What a reader sees of an HTML fragment: its text with whitespace collapsed, and the sequence of
// its structural elements (headings, lists, items, quotes, rules, figures, tables).
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

const STRUCTURE = new Set(['h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'hr', 'figure', 'table', 'tr', 'th', 'td', 'strong', 'em', 'a']);

export function renderedText(html: string): string {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element' && (node.tagName === 'br' || node.tagName === 'p' || /^h\d$/.test(node.tagName) || node.tagName === 'li')) out.push(' ');
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && (node.tagName === 'p' || /^h\d$/.test(node.tagName) || node.tagName === 'li')) out.push(' ');
  };
  walk(fromHtml(html, { fragment: true }));
  return out.join('').replace(/\s+/g, ' ').trim();
}

export function renderedStructure(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && STRUCTURE.has((node as Element).tagName)) out.push((node as Element).tagName);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return out;
}
