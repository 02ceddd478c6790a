import 'server-only';
import { cache } from 'react';
import { draftMode } from 'next/headers';
import { previewArticle } from '@/lib/data/public';
import type { ArticleStatus } from '@/lib/generated/sqlite/enums';
import { canEditArticle } from './roles';
import { getSessionUser } from './session';

/**
 * An article as its staff preview shows it, or null. Next's draft-mode cookie only lets the page
 * skip its caches (and is the same for every user of a build): what a preview may show is decided
 * here, on every render, from the session of the browser asking. Signed out, deactivated, or not
 * allowed to edit this article: no preview.
 */
export const articleForPreview = cache(async (id: number) => {
  if (!(await draftMode()).isEnabled) return null;
  const user = await getSessionUser();
  if (!user) return null;
  return previewArticle(id, (a) => canEditArticle(user, { authorId: a.author.id, status: a.status as ArticleStatus }));
});
