import 'server-only';
import { z } from 'zod';
import { can, type Permission } from '@/lib/auth/roles';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function json(data: unknown, status = 200) {
  return Response.json(data, { status, headers: PRIVATE });
}

/**
 * A read for the admin's screens as a GET route (reads are not server actions: those run one at
 * a time, behind the writes): a live session with the permission, then the query's schema.
 */
export async function staffRead<S extends z.ZodType>(
  request: Request,
  permission: Permission,
  schema: S,
  read: (user: SessionUser, query: z.infer<S>) => Promise<unknown>,
) {
  const user = await getSessionUser();
  if (!user) return json({ error: 'signedOut' }, 401);
  if (!can(user, permission)) return json({ error: 'forbidden' }, 403);
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return json({ error: 'invalid' }, 400);
  return json(await read(user, parsed.data));
}

/** `?ids=1,2,3`: up to 100 positive ids. */
export const idList = z
  .string()
  .regex(/^\d{1,9}(,\d{1,9}){0,99}$/)
  .transform((v) => [...new Set(v.split(',').map(Number))].filter((n) => n > 0));
