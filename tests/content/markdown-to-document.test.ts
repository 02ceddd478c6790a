import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '@/lib/content/markdown-document';
import { PUBLISHED_ARTICLES, UNPUBLISHED } from '@/prisma/seed/content';
import { sitePages } from '@/prisma/seed/content/pages';
import { legacyMarkdownHtml } from '../support/legacy-markdown';
import { renderedStructure, renderedText } from '../support/rendered-text';
import { renderDocument } from './body-rendering';

const demo = [...PUBLISHED_ARTICLES, ...UNPUBLISHED, ...sitePages].map((a) => ({ name: a.title, body: a.body }));

describe('Markdown bodies converted to documents', () => {
  it.each(demo)('«$name» reads the same before and after, with the same structure', ({ body }) => {
    const before = legacyMarkdownHtml(body);
    const after = renderDocument(markdownToDocument(body));
    expect(renderedText(after)).toBe(renderedText(before));
    expect(renderedStructure(after)).toEqual(renderedStructure(before));
  });

  it('keeps library images as figures of their media id and drops images from elsewhere', () => {
    const doc = markdownToDocument('قبل\n\n![سد تاغزوت](/media/abc-123)\n\n![](https://evil.example/x.png)\n\nبعد', (key) =>
      key === 'abc-123' ? 7 : undefined,
    );
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'قبل' }] },
      { type: 'figure', attrs: { mediaId: 7, alt: 'سد تاغزوت' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'بعد' }] },
    ]);
  });

  it("drops raw HTML and unsafe links as the old sanitiser did, and keeps a quote's source", () => {
    const doc = markdownToDocument(
      '<script>alert(1)</script>\n\n[نص](javascript:alert(1)) و[رابط](https://example.org)\n\n> «الماء أولاً.»\n>\n> — رئيس الجماعة',
    );
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'نص' },
          { type: 'text', text: ' و' },
          { type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        ],
      },
      { type: 'blockquote', attrs: { source: 'رئيس الجماعة' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '«الماء أولاً.»' }] }] },
    ]);
  });
});
