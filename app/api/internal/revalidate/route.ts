import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isTickToken } from '@/lib/scheduler/token';

const Tags = z.array(z.string().max(256)).max(200);

/** The second pass of lib/cache/refresh.ts; only this app (which knows APP_SECRET) may call it. */
export async function POST(request: Request) {
  if (!isTickToken(request.headers.get('authorization'))) return new Response(null, { status: 404 });
  const tags = Tags.safeParse(await request.json().catch(() => null));
  if (!tags.success) return new Response(null, { status: 400 });
  for (const tag of tags.data) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
