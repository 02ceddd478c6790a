// A WordPress post's content to an article document, validated by the document's own schema.
import { neutralizeText } from '@/lib/text/unicode-controls';
import { ArticleDocumentSchema, DOCUMENT_LIMITS, documentFromText, type ArticleDocument } from '@/lib/content/document';
import { BlockConverter, hasBlocks } from './blocks';
import { classicToHtml } from './classic';
import type { ConvertContext } from './context';
import { HtmlConverter, parseHtml, textOf } from './html';

export type { ConvertContext, ImageRef, LibraryImage, WarningCode } from './context';
export { WARNINGS } from './context';

/**
 * Block-editor or classic content to a document. A document the schema refuses (beyond the
 * limits, say) is never stored as it is: the post's text comes in as plain paragraphs instead.
 */
export async function convertContent(content: string, ctx: ConvertContext): Promise<ArticleDocument> {
  const blocks = hasBlocks(content) ? await new BlockConverter(ctx).convert(content) : await new HtmlConverter(ctx).convert(classicToHtml(content, ctx));
  const parsed = ArticleDocumentSchema.safeParse({ type: 'doc', content: blocks });
  if (parsed.success) return parsed.data;
  ctx.warn('invalid-document', parsed.error.issues[0]?.message);
  const text = textOf({ children: parseHtml(content.replace(/<!--[\s\S]*?-->/g, '')) }).slice(0, DOCUMENT_LIMITS.json / 2);
  return documentFromText(text);
}

/** Text of an HTML fragment (titles, excerpts, comments, captions): entities decoded, tags and bidi overrides gone. */
export function htmlToText(html: string): string {
  return neutralizeText(decodedText(html));
}

function decodedText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return textOf({ children: parseHtml(html.replace(/<br\s*\/?>/gi, '\n')) })
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
