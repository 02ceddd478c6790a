import { describe, expect, it } from 'vitest';
import { ArticleDocumentSchema, documentArticleIds, documentFromText, documentMediaIds, documentText, parseDocument, type ArticleDocument } from './document';

const story: ArticleDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'مقدمة' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'قال ' },
        { type: 'text', text: 'Céline', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' إن المشروع سينطلق.' },
      ],
    },
    { type: 'blockquote', attrs: { source: 'رئيس الجماعة' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'الماء أولاً.' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'أولاً' }] }] }] },
    { type: 'figure', attrs: { mediaId: 7, alt: 'سد', caption: 'السد صباحاً', credit: 'تصوير: هيئة التحرير' } },
    {
      type: 'gallery',
      attrs: {
        images: [
          { mediaId: 8, alt: 'أ' },
          { mediaId: 7, alt: 'ب', caption: 'ثانية' },
        ],
      },
    },
    { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'الفيديو' } },
    { type: 'readAlso', attrs: { articleId: 12 } },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'المدينة' }] }] },
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '12' }] }] },
          ],
        },
      ],
    },
  ],
};

describe('ArticleDocumentSchema', () => {
  it('accepts every node the editor makes and keeps it as it is', () => {
    expect(ArticleDocumentSchema.parse(structuredClone(story))).toEqual(story);
  });

  it('drops attributes it does not know (editor defaults, pasted styles)', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { style: 'color:red', dir: 'rtl' },
          content: [{ type: 'text', text: 'نص', marks: [{ type: 'bold', attrs: { class: 'x' } }] }],
        },
      ],
    };
    expect(ArticleDocumentSchema.parse(doc)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص', marks: [{ type: 'bold' }] }] }],
    });
  });

  it.each([
    ['an unknown node (raw HTML)', { type: 'html', attrs: { html: '<script>alert(1)</script>' } }],
    ['a javascript: link', { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    ['a protocol-relative link', { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '//evil.example' } }] }] }],
    ['an h1', { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }],
    ['an embed of another provider', { type: 'embed', attrs: { provider: 'vimeo', url: 'https://vimeo.com/1' } }],
    ['an empty text node', { type: 'paragraph', content: [{ type: 'text', text: '' }] }],
  ])('refuses %s', (_name, node) => {
    expect(ArticleDocumentSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
  });

  it('refuses a hostile nesting depth without exhausting the stack', () => {
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', content: [node] };
    expect(ArticleDocumentSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
  });

  it('parses stored JSON and refuses what is not a document', () => {
    expect(parseDocument(JSON.stringify(story))).toEqual(story);
    expect(parseDocument('# Markdown')).toBeNull();
    expect(parseDocument('{"type":"doc"}')).toBeNull();
  });
});

describe('document helpers', () => {
  it('gives the reader-visible text, block by block, captions and quote sources included', () => {
    const text = documentText(story);
    expect(text.split('\n')).toEqual([
      'مقدمة',
      'قال Céline إن المشروع سينطلق.',
      'الماء أولاً.',
      'رئيس الجماعة',
      'أولاً',
      'السد صباحاً تصوير: هيئة التحرير',
      'ثانية',
      'الفيديو',
      'المدينة\t12',
    ]);
  });

  it('lists the media and the articles a document shows', () => {
    expect(documentMediaIds(story).sort()).toEqual([7, 8]);
    expect(documentArticleIds(story)).toEqual([12]);
  });

  it('makes paragraphs from plain text lines', () => {
    expect(documentText(documentFromText('سطر أول\r\n\r\n  سطر ثان '))).toBe('سطر أول\nسطر ثان');
  });
});
