// The site's body renderer (components/site/article/document) to static HTML, with test labels.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DocumentView } from '@/components/site/article/document/document-view';
import type { BodyContext } from '@/components/site/article/document/types';
import type { ArticleDocument } from '@/lib/content/document';
import { EMBED_PROVIDERS } from '@/lib/content/embeds';

const each = (f: (p: string) => string) => Object.fromEntries(EMBED_PROVIDERS.map((p) => [p, f(p)])) as BodyContext['labels']['provider'];

export const TEST_LABELS: BodyContext['labels'] = {
  readAlso: 'اقرأ أيضاً',
  imageCredit: (credit) => `المصدر: ${credit}`,
  provider: each((p) => p),
  viewOn: each((p) => `اعرض على ${p}`),
  load: 'اعرض هنا',
  loadNotice: 'يحمل من موقع خارجي',
};

export function renderDocument(doc: ArticleDocument, context: Partial<BodyContext> = {}): string {
  return renderToStaticMarkup(createElement(DocumentView, { doc, rtl: true, media: {}, articles: {}, labels: TEST_LABELS, ...context }));
}
