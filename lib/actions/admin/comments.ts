'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { cacheTags } from '@/lib/cache-tags';
import { findReplyTarget } from '@/lib/data/comment-admin';
import { createComment, setCommentStatus } from '@/lib/data/comments';
import { recordAudit } from '@/lib/data/audit';
import { ModerationSchema, StaffReplySchema } from '@/lib/validation/moderation';
import { staffAction } from './staff-action';

/** Approving, holding, marking spam or trashing refreshes only the articles those comments are on. */
async function refreshArticles(articleIds: number[]) {
  await refreshTags(articleIds.flatMap((id) => [cacheTags.comments(id), cacheTags.article(id)]));
}

export const moderateComments = staffAction('moderateComments', ModerationSchema, async (user, { ids, status }) => {
  const articleIds = await setCommentStatus(ids, status!);
  await recordAudit(user.id, `comment.${status!.toLowerCase() as Lowercase<typeof status & string>}`, 'comment', ids.join(','), { count: ids.length });
  await refreshArticles(articleIds);
  return { status: 'ok', message: 'done', values: { count: ids.length } };
});

/** A reply from the newsroom: published at once, signed with the staff member's name. */
export const replyAsStaff = staffAction('replyAsStaff', StaffReplySchema, async (user, { commentId, body }) => {
  const target = await findReplyTarget(commentId);
  if (!target) return { status: 'error', message: 'notFound' };
  const created = await createComment({
    articleId: target.articleId,
    parentId: target.parentId,
    authorName: user.name,
    authorEmail: user.email,
    authorUrl: null,
    body,
    status: 'APPROVED',
    ipHash: '',
    userAgent: '',
    userId: user.id,
  });
  // Replying to a held comment approves it: the reply would otherwise hang under nothing.
  await setCommentStatus([target.parentId], 'APPROVED');
  await recordAudit(user.id, 'comment.reply', 'comment', created.id, { parentId: target.parentId });
  await refreshArticles([target.articleId]);
  return { status: 'ok', message: 'replied', id: created.id };
});
