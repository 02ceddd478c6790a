'use client';

import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { restoreRevision } from '@/lib/actions/admin/articles';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export function RestoreRevisionButton({ revisionId }: { revisionId: number }) {
  const { state, formAction: action, t, refusal } = useActionFeedback(restoreRevision);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary" label={t('revisions.restore')} pendingLabel={t('common.saving')} />
      {state.status === 'ok' && <Notice tone="ok">{t('revisions.restored')}</Notice>}
      {refusal && <Notice tone="error">{refusal}</Notice>}
    </form>
  );
}
