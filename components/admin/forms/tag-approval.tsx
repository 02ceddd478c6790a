'use client';

import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/admin/action-state';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

interface Props {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  id: number;
  approved: boolean;
}

/**
 * A tag waiting for an editor, with its approve button. Mounted for approved tags too, so that the
 * confirmation stays on screen once the refreshed list no longer has a tag to approve.
 */
export function TagApproval({ action, id, approved }: Props) {
  const { state, formAction, t, refusal } = useActionFeedback(action);
  if (approved)
    return state.status === 'ok' ? (
      <div className="mb-3">
        <Notice tone="ok">{t('tags.approved')}</Notice>
      </div>
    ) : null;
  return (
    <form action={formAction} className="mb-3 flex flex-col gap-2 rounded-md border-2 border-urgent p-3">
      <input type="hidden" name="id" value={id} />
      <p className="font-bold">{t('tags.waiting')}</p>
      <SubmitButton variant="primary" label={t('tags.approve')} pendingLabel={t('common.saving')} className="self-start" />
      <span aria-live="polite">{refusal && <Notice tone="error">{refusal}</Notice>}</span>
    </form>
  );
}
