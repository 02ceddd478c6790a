'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { can, canDeleteArticle, canEditArticle, canPublishArticle } from '@/lib/auth/roles';
import { articleWriteTags } from '@/lib/cache-tags';
import {
  deleteArticle,
  findArticleForEdit,
  findRevision,
  SlugTakenError,
  validTranslationTarget,
  VersionConflictError,
  writeArticle,
} from '@/lib/data/article-admin';
import { deleteAutosave } from '@/lib/data/autosave';
import { editorFieldsOf } from '@/lib/data/editor-fields';
import { recordAudit } from '@/lib/data/audit';
import { parseDocument } from '@/lib/content/document';
import { zonedToUtc } from '@/lib/text/zoned-time';
import { ArticleSchema, articleContentOf, INTENT_DONE } from '@/lib/validation/article';
import type { ActionState } from './action-state';
import { echoValues, staffAction } from './staff-action';

const STATUS_AFTER = { review: 'REVIEW', schedule: 'SCHEDULED', publish: 'PUBLISHED', unpublish: 'DRAFT' } as const;

/** Save, submit for review, schedule, publish or unpublish, from the editor's buttons. */
export const saveArticle = staffAction('saveArticle', ArticleSchema, async (user, input, form): Promise<ActionState> => {
  const values = echoValues(form);
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
      ? ((input.intent === 'schedule' ? zonedToUtc(input.scheduleAt) : existing?.publishedAt) ?? null)
      : status === 'PUBLISHED'
        ? (existing?.status === 'PUBLISHED' && existing.publishedAt) || new Date()
        : null;

  let written;
  try {
    written = await writeArticle(
      input.id,
      { ...articleContentOf(input), status, publishedAt },
      { id: user.id, approvesTags: can(user, 'taxonomy:manage') },
      { baseVersion: input.id ? input.baseVersion : undefined },
    );
  } catch (e) {
    if (e instanceof SlugTakenError) return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values };
    if (e instanceof VersionConflictError) return conflict(input.id!);
    throw e;
  }
  await deleteAutosave(user.id, input.id);
  await recordAudit(user.id, `article.${input.intent}`, 'article', written.article.id, { title: input.title, status });
  await refreshTags(articleWriteTags(written.before, written.after));
  if (!input.id) redirect({ href: `/admin/articles/${written.article.id}?saved=${input.intent}`, locale: await getLocale() });
  return {
    status: 'ok',
    message: INTENT_DONE[input.intent],
    id: written.article.id,
    values: { publishedAt: publishedAt?.toISOString() ?? '', status, slug: written.article.slug, version: written.article.version },
  };
});

/** The refused save's answer: the newer version, who saved it and when, for the editor to merge. */
async function conflict(id: number): Promise<ActionState> {
  const current = await findArticleForEdit(id);
  if (!current) return { status: 'error', message: 'notFound' };
  return {
    status: 'error',
    message: 'conflict',
    values: {
      conflict: {
        version: current.version,
        editorName: current.editedBy?.name ?? '',
        savedAt: current.updatedAt.toISOString(),
        fields: editorFieldsOf(current),
      },
    },
  };
}

export const removeArticle = staffAction('removeArticle', z.object({ id: z.coerce.number().int().positive() }), async (user, { id }) => {
  const existing = await findArticleForEdit(id);
  if (!existing) return { status: 'error', message: 'notFound' };
  if (!canDeleteArticle(user, existing)) return { status: 'forbidden', message: 'forbidden' };
  const before = await deleteArticle(id);
  await recordAudit(user.id, 'article.delete', 'article', id, { title: existing.title });
  await refreshTags(articleWriteTags(before));
  redirect({ href: '/admin/articles', locale: await getLocale() });
  return { status: 'ok' };
});

/** Puts an earlier text back (the current one becomes a revision in turn). */
export const restoreRevision = staffAction('restoreRevision', z.object({ revisionId: z.coerce.number().int().positive() }), async (user, { revisionId }) => {
  const revision = await findRevision(revisionId);
  const existing = revision && (await findArticleForEdit(revision.articleId));
  const body = revision && parseDocument(revision.body);
  if (!revision || !existing || !body) return { status: 'error', message: 'notFound' };
  if (!canEditArticle(user, existing) || (existing.status === 'PUBLISHED' && !canPublishArticle(user, existing))) {
    return { status: 'forbidden', message: 'forbidden' };
  }
  const written = await writeArticle(
    existing.id,
    {
      title: revision.title,
      slug: existing.slug,
      excerpt: revision.excerpt,
      body,
      sourceLine: existing.sourceLine,
      sourceOutlet: existing.sourceOutlet,
      categoryId: existing.categoryId,
      tags: existing.tagNames,
      language: existing.language,
      breaking: existing.breaking,
      commentsOpen: existing.commentsOpen,
      coverId: existing.coverId,
      coverAlt: existing.coverAlt,
      coverCaption: existing.coverCaption,
      translationOfId: existing.translationOfId,
      status: existing.status,
      publishedAt: existing.publishedAt,
    },
    { id: user.id, approvesTags: can(user, 'taxonomy:manage') },
  );
  await recordAudit(user.id, 'article.restore-revision', 'article', existing.id, { revisionId });
  await refreshTags(articleWriteTags(written.before, written.after));
  return { status: 'ok', message: 'restored', id: existing.id };
});
