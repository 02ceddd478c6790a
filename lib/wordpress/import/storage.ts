// How an imported body is stored: the article document as JSON, like the editor's. The importer
// builds the document with the schema's own validation (lib/wordpress/convert).
import type { ArticleDocument } from '@/lib/content/document';

export function bodyForStorage(doc: ArticleDocument): string {
  return JSON.stringify(doc);
}
