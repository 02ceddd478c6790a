'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';

interface Props {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  /** Asked before sending, for what cannot be undone. */
  confirm?: string;
  okKey?: string;
  /** «Admin» key for an error message the action may answer (e.g. a refused delete). */
  errorKeys?: Record<string, string>;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** One button that runs one action (delete, deactivate…) with its answer beside it. */
export function ActionButton({ action, hidden, label, confirm, okKey, errorKeys = {}, variant = 'secondary' }: Props) {
  const t = useTranslations('Admin');
  const [state, formAction] = useActionState(action, IDLE_STATE);
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
        {state.status !== 'ok' && state.message && <Notice tone="error">{t(errorKeys[state.message] ?? `errors.${state.message}`)}</Notice>}
      </span>
    </form>
  );
}
