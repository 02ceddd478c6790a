'use client';

import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/admin/action-state';
import type { AdminMessageKey } from '@/lib/i18n-keys';
import { useActionFeedback } from './use-action-feedback';

interface Props {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  /** Asked before sending, for what cannot be undone. */
  confirm?: string;
  okKey?: AdminMessageKey;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** One button that runs one action (delete, deactivate…) with its answer beside it. */
export function ActionButton({ action, hidden, label, confirm, okKey, variant = 'secondary' }: Props) {
  const { state, formAction, t, refusal } = useActionFeedback(action);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} label={label} pendingLabel={t('common.saving')} />
      <span aria-live="polite">
        {state.status === 'ok' && okKey && <Notice tone="ok">{t(okKey)}</Notice>}
        {refusal && <Notice tone="error">{refusal}</Notice>}
      </span>
    </form>
  );
}
