import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { readJsonLimited, tooLargeResponse } from '@/lib/api/read-json-limited';
import { API_BODY_LIMITS } from '@/lib/http/body-limits';
import { expireTagsNow } from '@/lib/cache/expire-now';
import { purgeEdge } from '@/lib/edge/purge';
import { isTickToken } from '@/lib/scheduler/token';

const Tags = z.array(z.string().max(256)).max(200);

/** The second pass of lib/cache/refresh.ts; only this app (which knows APP_SECRET) may call it. */
export async function POST(request: Request) {
  if (!isTickToken(request.headers.get('authorization'))) return new Response(null, { status: 404 });
  const json = await readJsonLimited(request, API_BODY_LIMITS.revalidate);
  if (json.tooLarge) return tooLargeResponse();
  const tags = Tags.safeParse(json.value);
  if (!tags.success) return new Response(null, { status: 400 });
  for (const tag of tags.data) revalidateTag(tag, { expire: 0 });
  await expireTagsNow(tags.data);
  await purgeEdge(tags.data);
  after(() => purgeEdge(tags.data));
  return new Response(null, { status: 204 });
}
