import 'server-only';
import { EMPTY_DOCUMENT, parseDocument } from '@/lib/content/document';
import { utcToZoned } from '@/lib/text/zoned-time';
import { ARTICLE_LANGUAGES } from '@/lib/validation/article';
import type { EditorFields } from '@/lib/validation/article-draft';
import type { EditableArticle } from './article-admin';

/** An article as the editor's fields (the screen's start, and the other side of a merge). */
export function editorFieldsOf(article: EditableArticle): EditorFields {
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: parseDocument(article.body) ?? EMPTY_DOCUMENT,
    sourceLine: article.sourceLine,
    sourceOutlet: article.sourceOutlet,
    categoryId: article.categoryId,
    tags: article.tagNames.join('، '),
    language: (ARTICLE_LANGUAGES as readonly string[]).includes(article.language) ? (article.language as EditorFields['language']) : 'ar',
    breaking: article.breaking,
    commentsOpen: article.commentsOpen,
    cover: article.cover ? { id: article.cover.id, key: article.cover.key } : null,
    coverAlt: article.coverAlt,
    coverCaption: article.coverCaption,
    translationOfId: article.translationOfId ? String(article.translationOfId) : '',
    scheduleAt: article.status === 'SCHEDULED' && article.publishedAt ? utcToZoned(article.publishedAt) : '',
  };
}

export const NEW_ARTICLE_FIELDS: EditorFields = {
  id: null,
  title: '',
  slug: '',
  excerpt: '',
  body: EMPTY_DOCUMENT,
  sourceLine: 'متابعة',
  sourceOutlet: '',
  categoryId: '',
  tags: '',
  language: 'ar',
  breaking: false,
  commentsOpen: true,
  cover: null,
  coverAlt: '',
  coverCaption: '',
  translationOfId: '',
  scheduleAt: '',
};
