'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { replyAsStaff } from '@/lib/actions/admin/comments';
import { IDLE_STATE } from '@/lib/actions/admin/action-state';

export function StaffReplyForm({ commentId }: { commentId: number }) {
  const t = useTranslations('Admin');
  const [state, action] = useActionState(replyAsStaff, IDLE_STATE);
  if (state.status === 'ok') return <Notice tone="ok">{t('comments.replied')}</Notice>;
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`reply-${commentId}`} className="text-sm font-bold">{t('comments.replyBody')}</label>
      <textarea id={`reply-${commentId}`} name="body" rows={3} required maxLength={5000} dir="auto" className={inputClass} defaultValue={String(state.values?.body ?? '')} />
      {state.message && <Notice tone="error">{t(`errors.${state.errors?.body?.[0] ?? state.message}`)}</Notice>}
      <SubmitButton label={t('comments.sendReply')} pendingLabel={t('common.saving')} className="self-start" />
    </form>
  );
}
