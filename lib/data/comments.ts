import 'server-only';
import { getDb } from '@/lib/db';
import type { CommentStatus } from '@/lib/generated/sqlite/client';

export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  staff: boolean;
}

export interface CommentThread extends PublicComment {
  replies: PublicComment[];
}

const publicSelect = {
  id: true, parentId: true, authorName: true, authorUrl: true, body: true, createdAt: true, userId: true,
} as const;

const toPublic = ({ userId, ...c }: { userId: number | null } & Omit<PublicComment, 'staff'>): PublicComment => ({ ...c, staff: userId !== null });

/** Approved comments of an article, oldest first, replies under their parent. Emails never leave here. */
export async function listApprovedThreads(articleId: number): Promise<CommentThread[]> {
  const rows = await getDb().comment.findMany({
    where: { articleId, status: 'APPROVED' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: publicSelect,
  });
  const threads = new Map<number, CommentThread>();
  for (const c of rows) if (c.parentId === null) threads.set(c.id, { ...toPublic(c), replies: [] });
  for (const c of rows) if (c.parentId !== null) threads.get(c.parentId)?.replies.push(toPublic(c));
  return [...threads.values()];
}

export async function findCommentsByIds(ids: number[], articleId: number, status: CommentStatus) {
  if (!ids.length) return [];
  const rows = await getDb().comment.findMany({ where: { id: { in: ids }, articleId, status }, orderBy: { createdAt: 'asc' }, select: publicSelect });
  return rows.map(toPublic);
}

/** What the comment rules need to know about the article being commented on. */
export function findCommentTarget(articleId: number) {
  return getDb().article.findFirst({
    where: { id: articleId, status: 'PUBLISHED' },
    select: { id: true, commentsOpen: true, publishedAt: true },
  });
}

/** A top-level approved comment of the same article (replies go one level deep only). */
export function findReplyParent(parentId: number, articleId: number) {
  return getDb().comment.findFirst({ where: { id: parentId, articleId, status: 'APPROVED', parentId: null }, select: { id: true } });
}

export async function hasApprovedComment(email: string): Promise<boolean> {
  return (await getDb().comment.count({ where: { authorEmail: email, status: 'APPROVED' }, take: 1 })) > 0;
}

/** The same words from the same person (email or address) on the same article, in the last day. */
export async function isDuplicateComment(c: { articleId: number; email: string; ipHash: string; body: string }, now = new Date()) {
  const since = new Date(now.getTime() - 86_400_000);
  const found = await getDb().comment.findFirst({
    where: { articleId: c.articleId, body: c.body, createdAt: { gte: since }, OR: [{ authorEmail: c.email }, { ipHash: c.ipHash }] },
    select: { id: true },
  });
  return found !== null;
}

export interface NewComment {
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  status: CommentStatus;
  ipHash: string;
  userAgent: string;
  userId?: number | null;
}

/** Stores a comment; an approved one also updates the article's approved count, in one transaction. */
export async function createComment(c: NewComment) {
  return getDb().$transaction(async (tx) => {
    const created = await tx.comment.create({ data: c, select: { id: true, status: true, createdAt: true } });
    if (c.status === 'APPROVED') await tx.article.update({ where: { id: c.articleId }, data: { commentCount: { increment: 1 } } });
    return created;
  });
}

/** Moderation: moves comments to a status and recounts the approved comments of their articles. */
export async function setCommentStatus(ids: number[], status: CommentStatus): Promise<number[]> {
  return getDb().$transaction(async (tx) => {
    const affected = await tx.comment.findMany({ where: { id: { in: ids } }, select: { articleId: true } });
    await tx.comment.updateMany({ where: { id: { in: ids } }, data: { status } });
    const articleIds = [...new Set(affected.map((c) => c.articleId))];
    for (const articleId of articleIds) {
      const commentCount = await tx.comment.count({ where: { articleId, status: 'APPROVED' } });
      await tx.article.update({ where: { id: articleId }, data: { commentCount } });
    }
    return articleIds;
  });
}
