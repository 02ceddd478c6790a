import 'server-only';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/roles';

/** Articles per status (all of them for editors, one's own otherwise) and pending comments. */
export async function dashboardCounts(actor: Actor) {
  const db = getDb();
  const mine = can(actor, 'articles:edit-any') ? {} : { authorId: actor.id };
  const [byStatus, pendingComments] = await Promise.all([
    db.article.groupBy({ by: ['status'], where: mine, _count: { _all: true } }),
    can(actor, 'comments:moderate') ? db.comment.count({ where: { status: 'PENDING' } }) : Promise.resolve(0),
  ]);
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  return { drafts: count('DRAFT'), review: count('REVIEW'), scheduled: count('SCHEDULED'), published: count('PUBLISHED'), pendingComments };
}

export function pendingCommentCount() {
  return getDb().comment.count({ where: { status: 'PENDING' } });
}

export async function dashboardLists(actor: Actor) {
  const db = getDb();
  const mine = can(actor, 'articles:edit-any') ? {} : { authorId: actor.id };
  const select = { id: true, title: true, status: true, updatedAt: true, publishedAt: true, author: { select: { name: true } } } as const;
  const [drafts, upcoming, activity] = await Promise.all([
    db.article.findMany({ where: { ...mine, status: { in: ['DRAFT', 'REVIEW'] } }, orderBy: { updatedAt: 'desc' }, take: 6, select }),
    db.article.findMany({ where: { ...mine, status: 'SCHEDULED' }, orderBy: { publishedAt: 'asc' }, take: 6, select }),
    db.auditLog.findMany({
      where: can(actor, 'audit:read') || can(actor, 'articles:edit-any') ? {} : { userId: actor.id },
      orderBy: { id: 'desc' },
      take: 10,
      include: { user: { select: { name: true } } },
    }),
  ]);
  return { drafts, upcoming, activity };
}
