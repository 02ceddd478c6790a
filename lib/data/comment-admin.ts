import 'server-only';
import { getDb } from '@/lib/db';
import type { CommentStatus } from '@/lib/generated/sqlite/client';

export async function commentCountsByStatus(): Promise<Record<CommentStatus, number>> {
  const rows = await getDb().comment.groupBy({ by: ['status'], _count: { _all: true } });
  const counts = { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

/** The moderation queue: newest first, with what a moderator needs (email included, never shown publicly). */
export async function listCommentsForModeration(status: CommentStatus, take: number, skip: number) {
  const db = getDb();
  const where = { status };
  const [rows, total] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: { id: 'desc' },
      take,
      skip,
      select: {
        id: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        createdAt: true,
        parentId: true,
        userId: true,
        flag: true,
        article: { select: { id: true, title: true, slug: true } },
      },
    }),
    db.comment.count({ where }),
  ]);
  return { rows, total };
}

/** The comment a staff reply attaches to (replies go one level deep: a reply to a reply joins its thread). */
export async function findReplyTarget(id: number) {
  const c = await getDb().comment.findUnique({ where: { id }, select: { id: true, parentId: true, articleId: true } });
  return c && { articleId: c.articleId, parentId: c.parentId ?? c.id };
}
