import { cookies } from 'next/headers';
import { readJsonLimited, tooLargeResponse } from '@/lib/api/read-json-limited';
import { API_BODY_LIMITS } from '@/lib/http/body-limits';
import { routing } from '@/i18n/routing';
import { findCommentsByIds } from '@/lib/data/comments';
import { formatDateTime } from '@/lib/text/dates';
import { MY_COMMENTS_COOKIE, myCommentsCookieOptions, readMyComments, receiptCommentId, rememberMyComment } from '@/lib/comments/my-comments-cookie';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/**
 * The caller's own pending comments on one article (ids from their signed cookie), with their time
 * written here as the published comments' are: a browser's own time-zone data may differ.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const articleId = Number(params.get('article'));
  const locale = routing.locales.find((l) => l === params.get('locale')) ?? routing.defaultLocale;
  const ids = readMyComments((await cookies()).get(MY_COMMENTS_COOKIE)?.value);
  const mine = Number.isInteger(articleId) && articleId > 0 ? await findCommentsByIds(ids, articleId, 'PENDING') : [];
  return Response.json(
    mine.map(({ id, authorName, body, createdAt }) => ({ id, authorName, body, createdAt, createdAtText: formatDateTime(createdAt, locale) })),
    { headers: PRIVATE },
  );
}

/**
 * Adds a comment to the caller's cookie, given the receipt the comment action returned. Only this
 * site's own script may ask: a JSON body (which a form on another site cannot send) from this
 * origin, so that nobody can plant their comment in another reader's view.
 */
export async function POST(request: Request) {
  const sameSite = (request.headers.get('sec-fetch-site') ?? 'same-origin') === 'same-origin';
  const origin = request.headers.get('origin');
  const sameOrigin = !origin || (URL.canParse(origin) && new URL(origin).host === request.headers.get('host'));
  if (!sameSite || !sameOrigin || !request.headers.get('content-type')?.startsWith('application/json')) {
    return new Response(null, { status: 403, headers: PRIVATE });
  }
  const json = await readJsonLimited(request, API_BODY_LIMITS.myComments);
  if (json.tooLarge) return tooLargeResponse(PRIVATE);
  const body = json.value;
  const id = receiptCommentId(body && typeof body === 'object' && 'receipt' in body ? body.receipt : null);
  if (!id) return new Response(null, { status: 400, headers: PRIVATE });
  const jar = await cookies();
  jar.set(MY_COMMENTS_COOKIE, rememberMyComment(jar.get(MY_COMMENTS_COOKIE)?.value, id), myCommentsCookieOptions);
  return new Response(null, { status: 204, headers: PRIVATE });
}
