'use client';

import { inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { replyAsStaff } from '@/lib/actions/admin/comments';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';
import { COMMENT_LIMITS } from '@/lib/validation/comment-fields';

export function StaffReplyForm({ commentId }: { commentId: number }) {
  const { state, formAction: action, t, errorsOf, refusal } = useActionFeedback(replyAsStaff);
  if (state.status === 'ok') return <Notice tone="ok">{t('comments.replied')}</Notice>;
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`reply-${commentId}`} className="text-sm font-bold">
        {t('comments.replyBody')}
      </label>
      <textarea
        id={`reply-${commentId}`}
        name="body"
        rows={3}
        required
        maxLength={COMMENT_LIMITS.body}
        dir="auto"
        className={inputClass}
        defaultValue={String(state.values?.body ?? '')}
      />
      {refusal && <Notice tone="error">{errorsOf('body')[0] ?? refusal}</Notice>}
      <SubmitButton label={t('comments.sendReply')} pendingLabel={t('common.saving')} className="self-start" />
    </form>
  );
}
