'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { canEditArticle, canPublishArticle } from '@/lib/auth/roles';
import { articleWriteTags } from '@/lib/cache-tags';
import { deleteArticle, findArticleForEdit, findRevision, SlugTakenError, validTranslationTarget, writeArticle } from '@/lib/data/article-admin';
import { recordAudit } from '@/lib/data/audit';
import { renderMarkdownToHtml } from '@/lib/markdown/render';
import { zonedToUtc } from '@/lib/text/zoned-time';
import { ArticleSchema } from '@/lib/validation/article';
import type { ActionState } from './action-state';
import { formObject, staffAction } from './staff-action';


const STATUS_AFTER = { review: 'REVIEW', schedule: 'SCHEDULED', publish: 'PUBLISHED', unpublish: 'DRAFT' } as const;
const MESSAGE = { save: 'saved', review: 'submitted', schedule: 'scheduled', publish: 'published', unpublish: 'unpublished' } as const;

/** Save, submit for review, schedule, publish or unpublish, from the editor's buttons. */
export const saveArticle = staffAction('saveArticle', ArticleSchema, async (user, input, form): Promise<ActionState> => {
  const values = formObject(form);
  const existing = input.id ? await findArticleForEdit(input.id) : null;
  if (input.id && !existing) return { status: 'error', message: 'notFound', values };
  if (existing && !canEditArticle(user, existing)) return { status: 'forbidden', message: 'forbidden', values };
  const owner = existing ?? { authorId: user.id };
  const publishing = input.intent === 'schedule' || input.intent === 'publish' || input.intent === 'unpublish';
  if (publishing && !canPublishArticle(user, owner)) return { status: 'forbidden', message: 'forbidden', values };
  // A contributor's save never changes a status; only the workflow buttons do.
  const status = input.intent === 'save' ? (existing?.status ?? 'DRAFT') : STATUS_AFTER[input.intent];
  if (input.intent === 'save' && !publishing && (status === 'PUBLISHED' || status === 'SCHEDULED') && !canPublishArticle(user, owner)) {
    return { status: 'forbidden', message: 'forbidden', values };
  }
  if (input.translationOfId && !(await validTranslationTarget(input.translationOfId, { id: input.id, language: input.language }))) {
    return { status: 'error', message: 'checkFields', errors: { translationOfId: ['translationInvalid'] }, values };
  }
  const publishedAt =
    status === 'SCHEDULED'
      ? (input.intent === 'schedule' ? zonedToUtc(input.scheduleAt) : existing?.publishedAt) ?? null
      : status === 'PUBLISHED'
        ? (existing?.status === 'PUBLISHED' && existing.publishedAt) || new Date()
        : null;

  let written;
  try {
    written = await writeArticle(
      input.id,
      {
        title: input.title, slug: input.slug, excerpt: input.excerpt, body: input.body, sourceLine: input.sourceLine,
        categoryId: input.categoryId, tags: input.tags, language: input.language, breaking: input.breaking,
        commentsOpen: input.commentsOpen, coverId: input.coverId, coverAlt: input.coverId ? input.coverAlt : '',
        coverCaption: input.coverId ? input.coverCaption : '', translationOfId: input.translationOfId, status, publishedAt,
      },
      user.id,
    );
  } catch (e) {
    if (e instanceof SlugTakenError) return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values };
    throw e;
  }
  await recordAudit(user.id, `article.${input.intent}`, 'article', written.article.id, { title: input.title, status });
  refreshTags(articleWriteTags(written.before, written.after));
  if (!input.id) redirect({ href: `/admin/articles/${written.article.id}?saved=${input.intent}`, locale: await getLocale() });
  return { status: 'ok', message: MESSAGE[input.intent], id: written.article.id, values: { publishedAt: publishedAt?.toISOString() ?? '', status, slug: written.article.slug } };
});

export const removeArticle = staffAction('removeArticle', z.object({ id: z.coerce.number().int().positive() }), async (user, { id }) => {
  const existing = await findArticleForEdit(id);
  if (!existing) return { status: 'error', message: 'notFound' };
  const ownUnpublished = existing.authorId === user.id && (existing.status === 'DRAFT' || existing.status === 'REVIEW');
  if (!canPublishArticle(user, existing) && !ownUnpublished) return { status: 'forbidden', message: 'forbidden' };
  const before = await deleteArticle(id);
  await recordAudit(user.id, 'article.delete', 'article', id, { title: existing.title });
  refreshTags(articleWriteTags(before));
  redirect({ href: '/admin/articles', locale: await getLocale() });
  return { status: 'ok' };
});

/** Puts an earlier text back (the current one becomes a revision in turn). */
export const restoreRevision = staffAction('restoreRevision', z.object({ revisionId: z.coerce.number().int().positive() }), async (user, { revisionId }) => {
  const revision = await findRevision(revisionId);
  const existing = revision && (await findArticleForEdit(revision.articleId));
  if (!revision || !existing) return { status: 'error', message: 'notFound' };
  if (!canEditArticle(user, existing) || (existing.status === 'PUBLISHED' && !canPublishArticle(user, existing))) {
    return { status: 'forbidden', message: 'forbidden' };
  }
  const written = await writeArticle(
    existing.id,
    {
      title: revision.title, slug: existing.slug, excerpt: revision.excerpt, body: revision.body, sourceLine: existing.sourceLine,
      categoryId: existing.categoryId, tags: existing.tagNames, language: existing.language, breaking: existing.breaking,
      commentsOpen: existing.commentsOpen, coverId: existing.coverId, coverAlt: existing.coverAlt, coverCaption: existing.coverCaption,
      translationOfId: existing.translationOfId, status: existing.status, publishedAt: existing.publishedAt,
    },
    user.id,
  );
  await recordAudit(user.id, 'article.restore-revision', 'article', existing.id, { revisionId });
  refreshTags(articleWriteTags(written.before, written.after));
  return { status: 'ok', message: 'restored', id: existing.id };
});

/** The editor's live preview: the site's own Markdown pipeline, sanitised, as HTML. */
export const previewMarkdown = staffAction('previewMarkdown', z.object({ body: z.string().max(200_000), rtl: z.string().optional() }), async (_user, { body, rtl }) => ({
  status: 'ok',
  values: { html: renderMarkdownToHtml(body, rtl !== 'false') },
}));
