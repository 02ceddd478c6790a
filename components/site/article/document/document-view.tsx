import type { ReactNode } from 'react';
import type { ArticleDocument, BlockNode, ListItemNode, TableNode } from '@/lib/content/document';
import { EmbedBlock } from './embed-block';
import { FigureBlock, GalleryBlock } from './figure-block';
import { InlineContent } from './inline-content';
import { ReadAlsoCard } from './read-also-card';
import type { BodyContext } from './types';

/**
 * An article document rendered by the site's own components: every piece of text is React text,
 * never HTML, whatever an editor or an import put in it. Each paragraph finds its own direction
 * (dir="auto"), so a French paragraph in an Arabic article reads left to right.
 */
export function DocumentView({ doc, ...context }: BodyContext & { doc: ArticleDocument }) {
  return <div className="prose-article article-body">{blocks(doc.content, context)}</div>;
}

function blocks(nodes: BlockNode[], ctx: BodyContext): ReactNode[] {
  return nodes.map((node, i) => <Block key={i} node={node} ctx={ctx} />);
}

function Block({ node, ctx }: { node: BlockNode; ctx: BodyContext }): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? (
        <p dir="auto">
          <InlineContent nodes={node.content} rtl={ctx.rtl} />
        </p>
      ) : null;
    case 'heading': {
      const Tag = node.attrs.level === 2 ? 'h2' : 'h3';
      return (
        <Tag dir="auto">
          <InlineContent nodes={node.content} rtl={ctx.rtl} />
        </Tag>
      );
    }
    case 'bulletList':
      return <ul>{items(node.content, ctx)}</ul>;
    case 'orderedList':
      return <ol start={node.attrs?.start && node.attrs.start !== 1 ? node.attrs.start : undefined}>{items(node.content, ctx)}</ol>;
    case 'blockquote':
      return node.attrs?.source ? (
        <figure className="quote">
          <blockquote>{blocks(node.content, ctx)}</blockquote>
          <figcaption dir="auto">
            <cite>{node.attrs.source}</cite>
          </figcaption>
        </figure>
      ) : (
        <blockquote>{blocks(node.content, ctx)}</blockquote>
      );
    case 'horizontalRule':
      return <hr />;
    case 'table':
      return <Table node={node} ctx={ctx} />;
    case 'figure':
      return <FigureBlock node={node} ctx={ctx} />;
    case 'gallery':
      return <GalleryBlock node={node} ctx={ctx} />;
    case 'embed':
      return <EmbedBlock node={node} labels={ctx.labels} />;
    case 'readAlso': {
      const article = ctx.articles[node.attrs.articleId];
      return article ? <ReadAlsoCard article={article} label={ctx.labels.readAlso} /> : null;
    }
  }
}

function items(list: ListItemNode[], ctx: BodyContext) {
  return list.map((item, i) => (
    <li key={i} dir="auto">
      {item.content.length === 1 && item.content[0]!.type === 'paragraph' ? (
        <InlineContent nodes={item.content[0]!.content} rtl={ctx.rtl} />
      ) : (
        blocks(item.content, ctx)
      )}
    </li>
  ));
}

function Table({ node, ctx }: { node: TableNode; ctx: BodyContext }) {
  return (
    <div className="overflow-x-auto">
      <table>
        <tbody>
          {node.content.map((row, r) => (
            <tr key={r}>
              {row.content.map((cell, c) => {
                const Cell = cell.type === 'tableHeader' ? 'th' : 'td';
                const only = cell.content.length === 1 && cell.content[0]!.type === 'paragraph' ? cell.content[0]!.content : null;
                return (
                  <Cell
                    key={c}
                    dir="auto"
                    colSpan={cell.attrs?.colspan}
                    rowSpan={cell.attrs?.rowspan}
                    scope={cell.type === 'tableHeader' ? (r === 0 ? 'col' : 'row') : undefined}
                  >
                    {only ? <InlineContent nodes={only} rtl={ctx.rtl} /> : blocks(cell.content, ctx)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
