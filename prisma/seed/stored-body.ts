// The demo content is written in Markdown (easy to read and to write by hand); the database stores
// article documents, as the editor writes them.
import { autoExcerpt } from '@/lib/content/auto-excerpt';
import { markdownToDocument } from '@/lib/content/markdown-document';

export function storedBody(markdown: string): { body: string; autoExcerpt: string } {
  const doc = markdownToDocument(markdown.trim());
  return { body: JSON.stringify(doc), autoExcerpt: autoExcerpt(doc) };
}
