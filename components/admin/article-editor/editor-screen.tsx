import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/page-header';
import { canDeleteArticle, canPublishArticle, type Actor } from '@/lib/auth/roles';
import type { EditableArticle } from '@/lib/data/article-admin';
import { listTagNames } from '@/lib/data/article-admin';
import { findAutosave } from '@/lib/data/autosave';
import { editorFieldsOf, NEW_ARTICLE_FIELDS } from '@/lib/data/editor-fields';
import { listCategories } from '@/lib/data/site';
import { formatClock, monthNames } from '@/lib/text/dates';
import { articlePath } from '@/lib/urls';
import { AutosaveContentSchema } from '@/lib/validation/article-draft';
import { ArticleEditor } from './article-editor';

/** The editor's unsaved work on this article, if an autosave kept some that still reads. */
async function recoveredWork(userId: number, articleId: number | null, locale: string) {
  const autosave = await findAutosave(userId, articleId);
  if (!autosave) return null;
  let content: unknown;
  try {
    content = JSON.parse(autosave.content);
  } catch {
    return null;
  }
  const parsed = AutosaveContentSchema.safeParse(content);
  return parsed.success ? { ...parsed.data, baseVersion: autosave.baseVersion, savedAtClock: formatClock(autosave.savedAt, locale) } : null;
}

/** Loads what the editor needs (sections, tag names, permissions, unsaved work) around one article or a new one. */
export async function EditorScreen({ user, article, savedIntent }: { user: Actor & { id: number }; article: EditableArticle | null; savedIntent?: string }) {
  const locale = await getLocale();
  const [t, categories, tags, recovered] = await Promise.all([
    getTranslations('Admin.editor'),
    listCategories(),
    listTagNames(),
    recoveredWork(user.id, article?.id ?? null, locale),
  ]);
  const owner = article ?? { authorId: user.id };
  const canPublish = canPublishArticle(user, owner);
  return (
    <>
      <PageHeader title={article ? t('editTitle') : t('newTitle')} />
      <ArticleEditor
        article={article ? editorFieldsOf(article) : NEW_ARTICLE_FIELDS}
        version={article?.version ?? 0}
        recovered={recovered}
        status={article?.status ?? 'DRAFT'}
        publicPath={article ? articlePath(article) : null}
        categories={categories.map(({ id, name }) => ({ id, name }))}
        tagSuggestions={tags.map((tag) => tag.name)}
        canPublish={canPublish}
        canDelete={article ? canDeleteArticle(user, article) : false}
        revisionCount={article?.revisionCount ?? 0}
        savedIntent={savedIntent}
        months={monthNames(locale)}
      />
    </>
  );
}
