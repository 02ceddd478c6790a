// The article body as the editor sends it: the document as JSON, validated by the document's
// schema (lib/content/document.ts). Error messages are keys of «Admin.errors».
import { z } from 'zod';
import { ArticleDocumentSchema, DOCUMENT_LIMITS, documentText, type ArticleDocument } from '@/lib/content/document';

/** True when a document shows something: text, an image, an embed or a card. */
export function documentHasContent(doc: ArticleDocument): boolean {
  return documentText(doc).trim().length > 0 || doc.content.some((b) => b.type !== 'paragraph' && b.type !== 'heading' && b.type !== 'horizontalRule');
}

export const ArticleBodySchema = z
  .string({ error: 'bodyRequired' })
  .max(DOCUMENT_LIMITS.json, { error: 'bodyTooLarge' })
  .transform((json, ctx): ArticleDocument => {
    if (!json.trim()) {
      ctx.addIssue({ code: 'custom', message: 'bodyRequired' });
      return z.NEVER;
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'bodyInvalid' });
      return z.NEVER;
    }
    const parsed = ArticleDocumentSchema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues.some((i) => i.message === 'documentTooLarge') ? 'bodyTooLarge' : 'bodyInvalid' });
      return z.NEVER;
    }
    if (!documentHasContent(parsed.data)) {
      ctx.addIssue({ code: 'custom', message: 'bodyRequired' });
      return z.NEVER;
    }
    return parsed.data;
  });
