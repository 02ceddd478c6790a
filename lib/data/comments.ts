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
  /** Every reply in the thread, oldest first; one to another reply names whom it answers. */
  replies: (PublicComment & { inReplyTo?: string })[];
}

const publicSelect = {
  id: true,
  parentId: true,
  authorName: true,
  authorUrl: true,
  body: true,
  createdAt: true,
  userId: true,
} as const;

const toPublic = ({ userId, ...c }: { userId: number | null } & Omit<PublicComment, 'staff'>): PublicComment => ({ ...c, staff: userId !== null });

/**
 * Approved comments of an article, oldest first, replies under the comment that opened their
 * thread (replies to replies, as WordPress keeps them, name the reply they answer). A reply whose
 * parent is not shown is not shown either. Emails never leave here.
 */
export async function listApprovedThreads(articleId: number): Promise<CommentThread[]> {
  const rows = await getDb().comment.findMany({
    where: { articleId, status: 'APPROVED' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: publicSelect,
  });
  const byId = new Map(rows.map((c) => [c.id, c]));
  const threads = new Map<number, CommentThread>();
  for (const c of rows) if (c.parentId === null) threads.set(c.id, { ...toPublic(c), replies: [] });
  const rootOf = (c: (typeof rows)[number], hops = 0): number | null =>
    c.parentId === null ? c.id : hops > 50 || !byId.has(c.parentId) ? null : rootOf(byId.get(c.parentId)!, hops + 1);
  for (const c of rows) {
    if (c.parentId === null) continue;
    const root = rootOf(c);
    if (root === null) continue;
    const reply = toPublic(c);
    threads.get(root)!.replies.push(c.parentId === root ? reply : { ...reply, inReplyTo: byId.get(c.parentId)!.authorName });
  }
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

/**
 * Whether one of these comments (the ids the commenter's browser holds, signed) was approved and
 * written with this email. An email alone proves nothing: anyone can type anyone's.
 */
export async function wroteApprovedComment(ids: number[], email: string): Promise<boolean> {
  if (!ids.length) return false;
  return (await getDb().comment.count({ where: { id: { in: ids }, authorEmail: email, status: 'APPROVED', userId: null }, take: 1 })) > 0;
}

/** Whether the email belongs to a staff account (active or not). */
export async function isStaffEmail(email: string): Promise<boolean> {
  return (await getDb().user.count({ where: { email }, take: 1 })) > 0;
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
  flag?: string | null;
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
