import type { ReactNode } from 'react';
import type { InlineNode, Mark } from '@/lib/content/document';
import { latinRuns } from '@/lib/text/isolate-latin';

function isolated(text: string, rtl: boolean): ReactNode {
  if (!rtl) return text;
  const pieces = latinRuns(text);
  if (pieces.length === 1 && !pieces[0]!.latin) return text;
  return pieces.map((p, i) => (p.latin ? <bdi key={i}>{p.text}</bdi> : p.text));
}

function marked(content: ReactNode, marks: Mark[], key: number): ReactNode {
  return marks.reduceRight<ReactNode>((inner, mark) => {
    if (mark.type === 'bold') return <strong key={key}>{inner}</strong>;
    if (mark.type === 'italic') return <em key={key}>{inner}</em>;
    const external = /^https?:\/\//i.test(mark.attrs.href);
    return (
      <a key={key} href={mark.attrs.href} rel={external ? 'noopener noreferrer' : undefined}>
        {inner}
      </a>
    );
  }, content);
}

/** Text with its marks, rendered as React text (never as HTML); Latin runs isolated in RTL text. */
export function InlineContent({ nodes, rtl }: { nodes: InlineNode[] | undefined; rtl: boolean }) {
  return (nodes ?? []).map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    const text = isolated(node.text, rtl);
    // Plain text needs no wrapper (a key is for elements): the payload carries the words alone.
    return node.marks?.length ? marked(text, node.marks, i) : text;
  });
}
