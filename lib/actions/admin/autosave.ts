'use server';

import { z } from 'zod';
import { canEditArticle } from '@/lib/auth/roles';
import { findArticleForEdit } from '@/lib/data/article-admin';
import { deleteAutosave, storeAutosave } from '@/lib/data/autosave';
import { AutosaveSchema } from '@/lib/validation/article-draft';
import { staffAction } from './staff-action';

const OptionalId = z.object({
  id: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
});

async function mayEdit(user: Parameters<typeof canEditArticle>[0], id: number | null) {
  if (!id) return 'ok' as const;
  const existing = await findArticleForEdit(id);
  if (!existing) return 'notFound' as const;
  return canEditArticle(user, existing) ? ('ok' as const) : ('forbidden' as const);
}

/**
 * Work in progress, every few seconds while an editor types: kept as this editor's autosave of
 * the article, never written into the article (a published one stays as readers see it).
 */
export const autosaveArticle = staffAction('autosaveArticle', AutosaveSchema, async (user, input) => {
  const allowed = await mayEdit(user, input.id);
  if (allowed !== 'ok') return { status: allowed === 'forbidden' ? 'forbidden' : 'error', message: allowed };
  const savedAt = await storeAutosave(user.id, input.id, input.baseVersion, JSON.stringify(input.content));
  return { status: 'ok', values: { savedAt: savedAt.toISOString() } };
});

/** The editor declined the work an autosave kept. */
export const discardAutosave = staffAction('discardAutosave', OptionalId, async (user, { id }) => {
  await deleteAutosave(user.id, id);
  return { status: 'ok' };
});
