import { describe, expect, it } from 'vitest';
import { documentMediaIds, documentText, type ArticleDocument } from '@/lib/content/document';
import { fixtureItem } from '@/tests/wordpress/fixture';
import { convertContent, htmlToText, type ConvertContext, type ImageRef } from '.';

/** A context whose library holds the attachments given (id -> caption), each as media id 1000 + id. */
function context(library: Record<number, string> = {}, files: Record<string, number> = {}) {
  const warnings: string[] = [];
  const ctx: ConvertContext = {
    image: async (ref: ImageRef) => {
      const id = ref.attachmentId && ref.attachmentId in library ? ref.attachmentId : files[ref.src ?? ''];
      return id ? { mediaId: 1000 + id, alt: `alt ${id}`, caption: library[id] ?? '' } : null;
    },
    attachedImages: () => Object.keys(library).map(Number),
    link: (href) => {
      if (/^(javascript|data):/i.test(href)) return null;
      const own = /^https?:\/\/old\.example(\/.*)$/.exec(href);
      return own ? `/moved${own[1]}` : href;
    },
    reusableBlock: (id) => (id === 7 ? '<!-- wp:paragraph --><p>نص محفوظ</p><!-- /wp:paragraph -->' : null),
    warn: (code, detail) => warnings.push(detail ? `${code} ${detail}` : code),
  };
  return { ctx, warnings };
}

const types = (doc: ArticleDocument) => doc.content.map((b) => b.type);

describe('Gutenberg post of the fixture (port-expansion-phase-two)', () => {
  it('keeps its image with caption, heading, list, quote with its source, embeds, gallery and the link', async () => {
    const item = await fixtureItem(35);
    const { ctx, warnings } = context({ 36: '', 37: 'المنطقة اللوجستية', 38: '' });
    const doc = await convertContent(item.content, {
      ...ctx,
      link: (href) => (href.includes('council-approves-budget') ? '/news/4/council-approves-budget' : href),
    });
    expect(types(doc)).toEqual(['paragraph', 'figure', 'heading', 'bulletList', 'blockquote', 'embed', 'paragraph', 'embed', 'gallery', 'paragraph']);
    expect(doc.content[1]).toEqual({
      type: 'figure',
      attrs: { mediaId: 1036, alt: 'رافعات على الرصيف الجديد للميناء', caption: 'الرصيف الجديد قيد الإنجاز (صورة أرشيفية)' },
    });
    expect(doc.content[3]).toMatchObject({ type: 'bulletList', content: { length: 3 } });
    expect(doc.content[4]).toMatchObject({ type: 'blockquote', attrs: { source: 'مدير المشروع' } });
    expect(doc.content[5]).toEqual({
      type: 'embed',
      attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'جولة مصورة في الورش' },
    });
    expect(doc.content[7]).toEqual({ type: 'embed', attrs: { provider: 'x', url: 'https://x.com/example/status/1806000000000000000' } });
    // The block shows no caption under the gallery's images: none is added from the library.
    expect(doc.content[8]).toEqual({
      type: 'gallery',
      attrs: {
        images: [
          { mediaId: 1037, alt: 'حاويات مصففة في المنطقة اللوجستية' },
          { mediaId: 1038, alt: 'اجتماع لجنة التتبع' },
        ],
      },
    });
    expect(doc.content[9]).toMatchObject({
      content: [{ text: 'اقرأ أيضاً: ' }, { text: 'المجلس يصادق على الميزانية', marks: [{ type: 'link', attrs: { href: '/news/4/council-approves-budget' } }] }],
    });
    expect(doc.content[0]).toMatchObject({
      content: [{ text: 'أعلنت إدارة المشروع، صباح اليوم، عن انطلاق ' }, { text: 'المرحلة الثانية', marks: [{ type: 'bold' }] }, {}],
    });
    expect(documentMediaIds(doc)).toEqual([1036, 1037, 1038]);
    expect(warnings).toEqual([]);
  });
});

describe('classic post of the fixture (weekly-market-prices)', () => {
  it('turns [caption], [embed], a bare Facebook address and inline HTML into the document', async () => {
    const item = await fixtureItem(41);
    const { ctx, warnings } = context({ 40: 'السوق الأسبوعي' });
    const doc = await convertContent(item.content, ctx);
    expect(types(doc)).toEqual(['paragraph', 'figure', 'paragraph', 'embed', 'embed', 'paragraph']);
    expect(doc.content[1]).toEqual({ type: 'figure', attrs: { mediaId: 1040, alt: 'السوق الأسبوعي صباح الأحد', caption: 'السوق الأسبوعي صباح الأحد' } });
    expect(doc.content[3]).toMatchObject({ attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' } });
    expect(doc.content[4]).toMatchObject({ attrs: { provider: 'facebook', url: 'https://www.facebook.com/watch?v=1234567890123456' } });
    expect(doc.content[5]).toMatchObject({ content: [{ text: 'ملاحظة:', marks: [{ type: 'bold' }] }, { text: ' الأسعار بالدرهم للكيلوغرام.' }] });
    expect(warnings).toEqual([]);
  });
});

describe('content the portal has no equivalent for', () => {
  it('keeps a plugin block’s text and reports it; a block rendered at view time is reported and skipped', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent(
      '<!-- wp:acme/notice {"tone":"red"} --><div class="acme"><strong>تنبيه</strong> الطريق مغلق</div><!-- /wp:acme/notice -->\n<!-- wp:latest-posts /-->',
      ctx,
    );
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'تنبيه', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' الطريق مغلق' },
        ],
      },
    ]);
    expect(warnings).toEqual(['unknown-block acme/notice', 'dynamic-block core/latest-posts']);
  });

  it('never keeps raw HTML: scripts go, unknown elements keep their text, bad links keep their text', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent(
      '<!-- wp:html --><script>alert(1)</script><marquee>نص متحرك</marquee><p><a href="javascript:alert(1)">رابط</a> <img src="x" onerror="alert(1)"></p><!-- /wp:html -->',
      ctx,
    );
    expect(JSON.stringify(doc)).not.toMatch(/script|alert|onerror|<|>/);
    expect(documentText(doc)).toBe('نص متحرك\nرابط');
    expect(warnings).toEqual(['script-removed <script>', 'unknown-element <marquee>', 'link-dropped javascript:alert(1)', 'media-missing x']);
  });

  it('turns code into plain text, removes page breaks and links providers it does not embed', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent(
      '<!-- wp:code --><pre class="wp-block-code"><code>a &lt; b\nc</code></pre><!-- /wp:code --><!-- wp:nextpage --><!--nextpage--><!-- /wp:nextpage --><!-- wp:embed {"url":"https://vimeo.com/123"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://vimeo.com/123</div></figure><!-- /wp:embed -->',
      ctx,
    );
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a < b' }, { type: 'hardBreak' }, { type: 'text', text: 'c' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'https://vimeo.com/123', marks: [{ type: 'link', attrs: { href: 'https://vimeo.com/123' } }] }] },
    ]);
    expect(warnings).toEqual(['preformatted-as-text', 'page-break-removed', 'embed-unsupported https://vimeo.com/123']);
  });

  it('reports a missing image but keeps its caption', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent(
      '[caption id="attachment_9"]<img src="https://old.example/wp-content/uploads/a.jpg" class="wp-image-9" alt="x" /> صورة الحريق[/caption]',
      ctx,
    );
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'صورة الحريق' }] }]);
    expect(warnings).toEqual(['media-missing https://old.example/wp-content/uploads/a.jpg']);
  });

  it('removes a plugin shortcode with attributes, keeps enclosed text and a bare [word]', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent('قبل [contact-form-7 id="12" title="x"] بعد\n\n[note]ملاحظة مهمة[/note]\n\nكلمة [Update] هنا', ctx);
    expect(documentText(doc)).toBe('قبل بعد\nملاحظة مهمة\nكلمة [Update] هنا');
    expect(warnings).toEqual(['unknown-shortcode [contact-form-7]', 'unknown-shortcode [note]']);
  });
});

describe('structure', () => {
  it('reads headings, ordered and nested lists, tables, rules and layout blocks', async () => {
    const { ctx, warnings } = context();
    const doc = await convertContent(
      [
        '<!-- wp:group --><div class="wp-block-group"><!-- wp:heading {"level":4} --><h4>عنوان فرعي</h4><!-- /wp:heading -->',
        '<!-- wp:list {"ordered":true,"start":3} --><ol start="3"><li>أولاً<ul><li>فرعي</li></ul></li><li>ثانياً</li></ol><!-- /wp:list --></div><!-- /wp:group -->',
        '<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator -->',
        '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>المادة</th><th>السعر</th></tr></thead><tbody><tr><td>طماطم</td><td colspan="2">6</td></tr></tbody></table><figcaption>أسعار الأسبوع</figcaption></figure><!-- /wp:table -->',
        '<!-- wp:block {"ref":7} /-->',
      ].join('\n'),
      ctx,
    );
    expect(types(doc)).toEqual(['heading', 'orderedList', 'horizontalRule', 'table', 'paragraph', 'paragraph']);
    expect(doc.content[0]).toMatchObject({ attrs: { level: 3 } });
    expect(doc.content[1]).toMatchObject({ attrs: { start: 3 }, content: [{ content: [{ type: 'paragraph' }, { type: 'bulletList' }] }, {}] });
    expect(doc.content[3]).toMatchObject({
      content: [
        { content: [{ type: 'tableHeader' }, { type: 'tableHeader' }] },
        { content: [{ type: 'tableCell' }, { type: 'tableCell', attrs: { colspan: 2 } }] },
      ],
    });
    expect(documentText(doc)).toContain('أسعار الأسبوع\nنص محفوظ');
    expect(warnings).toEqual([]);
  });

  it('recognises pasted embed codes and iframes in classic posts', async () => {
    const { ctx } = context();
    const doc = await convertContent(
      '<blockquote class="twitter-tweet"><p>نص</p>&mdash; حساب <a href="https://twitter.com/acme/status/123?ref_src=x">May 1</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
      ctx,
    );
    expect(doc.content).toEqual([
      { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/acme/status/123' } },
      { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
    ]);
  });

  it('builds a [gallery] from its ids with the library captions, and splits lines into paragraphs', async () => {
    const { ctx } = context({ 5: 'الأولى', 6: '' });
    const doc = await convertContent('سطر أول\nسطر ثان\n\n[gallery ids="5,6"]', ctx);
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'سطر أول' }, { type: 'hardBreak' }, { type: 'text', text: 'سطر ثان' }] },
      {
        type: 'gallery',
        attrs: {
          images: [
            { mediaId: 1005, alt: 'alt 5', caption: 'الأولى' },
            { mediaId: 1006, alt: 'alt 6' },
          ],
        },
      },
    ]);
  });

  it('rewrites links to the old site and keeps others', async () => {
    const { ctx } = context();
    const doc = await convertContent('<p><a href="https://old.example/2020/01/x/">قديم</a> و<a href="https://example.org/">خارجي</a></p>', ctx);
    expect(doc.content[0]).toMatchObject({
      content: [{ marks: [{ attrs: { href: '/moved/2020/01/x/' } }] }, { text: ' و' }, { marks: [{ attrs: { href: 'https://example.org/' } }] }],
    });
  });
});

describe('htmlToText', () => {
  it('decodes entities and drops tags', () => {
    expect(htmlToText('الطقس &amp; البحر <b>اليوم</b>')).toBe('الطقس & البحر اليوم');
    expect(htmlToText('سطر<br/>آخر')).toBe('سطر\nآخر');
  });
});
