import 'server-only';
import { getDb } from '@/lib/db';
import { queryOrigin } from '@/lib/db-query-log';

/** The targets of the first sources that have a row, in the order asked (exact address before alias). */
export async function findRedirectTarget(sources: string[]): Promise<string | null> {
  const wanted = sources.filter(Boolean);
  if (!wanted.length) return null;
  const rows = await queryOrigin.run('redirects', () =>
    getDb().redirect.findMany({ where: { source: { in: wanted } }, select: { source: true, target: true } }),
  );
  for (const source of wanted) {
    const row = rows.find((r) => r.source === source);
    if (row) return row.target;
  }
  return null;
}

/** Slugs of the static pages (a single-segment address that is not one may be an old one). */
export async function listPageSlugs(): Promise<string[]> {
  const rows = await queryOrigin.run('redirects', () => getDb().page.findMany({ select: { slug: true } }));
  return rows.map((r) => r.slug);
}

export const REDIRECT_KINDS = ['post', 'page', 'attachment', 'file', 'category', 'tag', 'author', 'feed', 'custom'] as const;
export type RedirectKind = (typeof REDIRECT_KINDS)[number];

export async function listRedirects(filter: { q: string; kind?: RedirectKind }, take: number, skip: number) {
  const where = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q ? { OR: [{ source: { contains: filter.q.toLowerCase() } }, { target: { contains: filter.q } }] } : {}),
  };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.redirect.findMany({
      where,
      orderBy: { id: 'desc' },
      take,
      skip,
      select: { id: true, source: true, target: true, kind: true, origin: true, updatedAt: true },
    }),
    db.redirect.count({ where }),
  ]);
  return { rows, total };
}

export class RedirectSourceTakenError extends Error {}

/** Creates or changes a redirect by hand: it becomes the editor's, and later imports leave it alone. Null when the one to change is gone. */
export async function saveRedirect(id: number | null, data: { source: string; target: string }): Promise<{ id: number } | null> {
  const db = getDb();
  const clash = await db.redirect.findFirst({ where: { source: data.source, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (clash) throw new RedirectSourceTakenError();
  const fields = { ...data, origin: 'manual' };
  if (id) return (await db.redirect.updateMany({ where: { id }, data: fields })).count ? { id } : null;
  return db.redirect.create({ data: { ...fields, kind: 'custom' }, select: { id: true } });
}

export async function deleteRedirect(id: number) {
  await getDb().redirect.deleteMany({ where: { id } });
}

export function pageExists(slug: string) {
  return getDb().page.findUnique({ where: { slug }, select: { id: true } });
}
