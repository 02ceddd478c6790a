import { cookies } from 'next/headers';
import { findCommentsByIds } from '@/lib/data/comments';
import { MY_COMMENTS_COOKIE, readMyComments } from '@/lib/comments/my-comments-cookie';

/** The caller's own pending comments on one article (ids from their signed cookie). */
export async function GET(request: Request) {
  const articleId = Number(new URL(request.url).searchParams.get('article'));
  const ids = readMyComments((await cookies()).get(MY_COMMENTS_COOKIE)?.value);
  const mine = Number.isInteger(articleId) && articleId > 0 ? await findCommentsByIds(ids, articleId, 'PENDING') : [];
  return Response.json(
    mine.map(({ id, authorName, body, createdAt }) => ({ id, authorName, body, createdAt })),
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
