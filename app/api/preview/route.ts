import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { canEditArticle } from '@/lib/auth/roles';
import { findArticleForEdit } from '@/lib/data/article-admin';
import { articlePath } from '@/lib/urls';

/**
 * Preview of an unpublished article at its real URL, for staff who may edit it. Next's draft mode
 * makes the public page skip its caches; the page itself decides on every render, from the
 * session, what the preview may show (lib/auth/preview.ts): the cookie alone shows nothing.
 */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) redirect('/admin/login');
  const id = Number(new URL(request.url).searchParams.get('id'));
  const article = Number.isInteger(id) && id > 0 ? await findArticleForEdit(id) : null;
  if (!article) return new Response(null, { status: 404 });
  if (!canEditArticle(user, article)) return new Response(null, { status: 403 });
  (await draftMode()).enable();
  redirect(articlePath(article));
}
