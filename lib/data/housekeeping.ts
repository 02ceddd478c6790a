import 'server-only';
import { getDb } from '@/lib/db';

/** Spam and trashed comments are deleted after 90 days (the privacy page promises it). */
export const DISCARDED_COMMENT_DAYS = 90;

export async function purgeDiscardedComments(now = new Date()) {
  const before = new Date(now.getTime() - DISCARDED_COMMENT_DAYS * 86_400_000);
  return (await getDb().comment.deleteMany({ where: { status: { in: ['SPAM', 'TRASH'] }, createdAt: { lt: before } } })).count;
}

/** Articles that went live in the last moments, whoever published them. */
export async function recentlyPublished(since: Date, now = new Date()) {
  const rows = await getDb().article.findMany({
    where: { status: 'PUBLISHED', publishedAt: { gt: since, lte: now } },
    select: { id: true, categoryId: true, authorId: true, translationOfId: true, tags: { select: { tagId: true } } },
  });
  return rows.map(({ tags, ...r }) => ({ ...r, tagIds: tags.map((t) => t.tagId) }));
}
