'use client';

import { inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { moderateComments } from '@/lib/actions/admin/comments';
import { COMMENT_STATUSES } from '@/lib/validation/moderation';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export const BULK_FORM_ID = 'moderation-form';

/** The form every checkbox and quick button of the queue belongs to (through form="…"). */
export function ModerationToolbar() {
  const { state, formAction: action, t, say, refusal } = useActionFeedback(moderateComments);
  return (
    <form id={BULK_FORM_ID} action={action} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3">
      <label className="flex items-center gap-2 font-bold">
        <input
          type="checkbox"
          className="size-5"
          onChange={(e) =>
            document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="ids"]`).forEach((c) => (c.checked = e.target.checked))
          }
        />
        {t('comments.selectAll')}
      </label>
      <label className="flex flex-col gap-1 text-sm font-bold">
        {t('comments.bulk')}
        <select name="status" className={inputClass} defaultValue="APPROVED">
          {COMMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`commentStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton variant="secondary" label={t('comments.bulkApply')} pendingLabel={t('common.saving')} />
      <div aria-live="polite" className="basis-full">
        {state.status === 'ok' && <Notice tone="ok">{t('comments.done', { count: Number(state.values?.count ?? 0) })}</Notice>}
        {refusal && <Notice tone="error">{state.errors ? say('nothingSelected') : refusal}</Notice>}
      </div>
    </form>
  );
}
