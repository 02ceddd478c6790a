'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { restoreRevision } from '@/lib/actions/admin/articles';
import { IDLE_STATE } from '@/lib/actions/admin/action-state';

export function RestoreRevisionButton({ revisionId }: { revisionId: number }) {
  const t = useTranslations('Admin');
  const [state, action] = useActionState(restoreRevision, IDLE_STATE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary" label={t('revisions.restore')} pendingLabel={t('common.saving')} />
      {state.status === 'ok' && <Notice tone="ok">{t('revisions.restored')}</Notice>}
      {state.status !== 'ok' && state.message && <Notice tone="error">{t(`errors.${state.message}`)}</Notice>}
    </form>
  );
}
