import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/page-header';
import { canPublishArticle, type Actor } from '@/lib/auth/roles';
import type { EditableArticle } from '@/lib/data/article-admin';
import { listTagNames } from '@/lib/data/article-admin';
import { listCategories } from '@/lib/data/site';
import { utcToZoned } from '@/lib/text/zoned-time';
import { articlePath } from '@/lib/urls';
import { ArticleEditor, type EditorArticle } from './article-editor';

/** Loads what the editor needs (sections, tag names, permissions) around one article or a new one. */
export async function EditorScreen({ user, article, savedIntent }: { user: Actor; article: EditableArticle | null; savedIntent?: string }) {
  const [t, categories, tags] = await Promise.all([getTranslations('Admin.editor'), listCategories(), listTagNames()]);
  const initial: EditorArticle = article
    ? {
        id: article.id, title: article.title, slug: article.slug, excerpt: article.excerpt, body: article.body, sourceLine: article.sourceLine,
        categoryId: article.categoryId, tags: article.tagNames.join('، '), language: article.language, breaking: article.breaking,
        commentsOpen: article.commentsOpen, cover: article.cover ? { id: article.cover.id, key: article.cover.key } : null,
        coverAlt: article.coverAlt, coverCaption: article.coverCaption, translationOfId: article.translationOfId ? String(article.translationOfId) : '',
        scheduleAt: article.status === 'SCHEDULED' && article.publishedAt ? utcToZoned(article.publishedAt) : '',
      }
    : {
        id: null, title: '', slug: '', excerpt: '', body: '', sourceLine: 'متابعة', categoryId: '', tags: '', language: 'ar', breaking: false,
        commentsOpen: true, cover: null, coverAlt: '', coverCaption: '', translationOfId: '', scheduleAt: '',
      };
  const owner = article ?? { authorId: user.id };
  const canPublish = canPublishArticle(user, owner);
  const canDelete = canPublish || (article?.authorId === user.id && (article.status === 'DRAFT' || article.status === 'REVIEW'));
  return (
    <>
      <PageHeader title={article ? t('editTitle') : t('newTitle')} />
      <ArticleEditor
        article={initial}
        status={article?.status ?? 'DRAFT'}
        publicPath={article ? articlePath(article) : null}
        categories={categories.map(({ id, name }) => ({ id, name }))}
        tagSuggestions={tags.map((tag) => tag.name)}
        canPublish={canPublish}
        canDelete={Boolean(article) && canDelete}
        revisionCount={article?.revisionCount ?? 0}
        savedIntent={savedIntent}
      />
    </>
  );
}
