// An article document as an HTML string, for places that want HTML (RSS readers with the full
// text). Built from the document node by node: text and attributes are escaped, links are the
// schema's safe ones, and nothing an editor typed becomes markup.
import type { ArticleDocument, BlockNode, InlineNode } from './document';
import type { EmbedProvider } from './embeds';

export interface HtmlContext {
  /** Absolute address and size of a library image, or null when it is gone. */
  image: (mediaId: number) => { src: string; width: number; height: number } | null;
  /** Absolute address and headline of a published article, or null. */
  article: (articleId: number) => { href: string; title: string } | null;
  readAlso: string;
  viewOn: (provider: EmbedProvider) => string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function inline(nodes: InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      return (node.marks ?? []).reduceRight((inner, mark) => {
        if (mark.type === 'bold') return `<strong>${inner}</strong>`;
        if (mark.type === 'italic') return `<em>${inner}</em>`;
        return `<a href="${escape(mark.attrs.href)}">${inner}</a>`;
      }, escape(node.text));
    })
    .join('');
}

function block(node: BlockNode, ctx: HtmlContext): string {
  const children = (nodes: BlockNode[]) => nodes.map((n) => block(n, ctx)).join('');
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? `<p>${inline(node.content)}</p>` : '';
    case 'heading':
      return `<h${node.attrs.level}>${inline(node.content)}</h${node.attrs.level}>`;
    case 'bulletList':
      return `<ul>${node.content.map((i) => `<li>${children(i.content)}</li>`).join('')}</ul>`;
    case 'orderedList':
      return `<ol${node.attrs?.start ? ` start="${node.attrs.start}"` : ''}>${node.content.map((i) => `<li>${children(i.content)}</li>`).join('')}</ol>`;
    case 'blockquote':
      return `<blockquote>${children(node.content)}${node.attrs?.source ? `<p>— <cite>${escape(node.attrs.source)}</cite></p>` : ''}</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table>${node.content
        .map(
          (row) =>
            `<tr>${row.content
              .map((c) => {
                const tag = c.type === 'tableHeader' ? 'th' : 'td';
                return `<${tag}>${children(c.content)}</${tag}>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'figure': {
      const image = ctx.image(node.attrs.mediaId);
      if (!image) return '';
      const caption = [node.attrs.caption, node.attrs.credit]
        .filter(Boolean)
        .map((s) => escape(s!))
        .join(' — ');
      return `<figure><img src="${escape(image.src)}" alt="${escape(node.attrs.alt)}" width="${image.width}" height="${image.height}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    }
    case 'gallery':
      return (
        node.attrs.images.map((i) => block({ type: 'figure', attrs: i }, ctx)).join('') + (node.attrs.caption ? `<p>${escape(node.attrs.caption)}</p>` : '')
      );
    case 'embed':
      return `<p>${node.attrs.caption ? `${escape(node.attrs.caption)} ` : ''}<a href="${escape(node.attrs.url)}">${escape(ctx.viewOn(node.attrs.provider))}</a></p>`;
    case 'readAlso': {
      const article = ctx.article(node.attrs.articleId);
      return article ? `<p><strong>${escape(ctx.readAlso)}:</strong> <a href="${escape(article.href)}">${escape(article.title)}</a></p>` : '';
    }
  }
}

export function documentToHtml(doc: ArticleDocument, ctx: HtmlContext): string {
  return doc.content.map((n) => block(n, ctx)).join('');
}
