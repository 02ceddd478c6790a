'use client';

import { type ReactNode } from 'react';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/admin/action-state';
import type { AdminMessageKey } from '@/lib/i18n-keys';
import { RecoveryCodes } from './recovery-codes';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';
import { SIGN_IN_CODE_MAX } from '@/lib/validation/auth';

interface Props {
  id: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  help?: string;
  submitLabel: string;
  /** «Admin» key of the message shown when the action succeeds. */
  okKey?: AdminMessageKey;
  /** Shown instead of the form once the action succeeded. */
  done?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** One field for a code from the authenticator (or a recovery code), sent to one action. */
export function CodeForm({ id, action, label, help, submitLabel, okKey, done, variant }: Props) {
  const { state, formAction, t, errorsOf, refusal } = useActionFeedback(action);
  const codes = state.status === 'ok' ? (state.values?.codes as string[] | undefined) : undefined;
  if (state.status === 'ok' && (codes || done || okKey)) {
    return (
      <div className="flex flex-col gap-3">
        {okKey && <Notice tone="ok">{t(okKey)}</Notice>}
        {codes && <RecoveryCodes codes={codes} />}
        {done}
      </div>
    );
  }
  const errors = errorsOf('code');
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-3">
      {refusal && state.message !== 'checkFields' && <Notice tone="error">{refusal}</Notice>}
      <Field id={id} label={label} help={help} errors={errors}>
        <input
          {...describedBy(id, { help: Boolean(help), errors })}
          name="code"
          type="text"
          autoComplete="one-time-code"
          required
          maxLength={SIGN_IN_CODE_MAX}
          dir="ltr"
          spellCheck={false}
          className={`${inputClass} font-mono`}
        />
      </Field>
      <SubmitButton label={submitLabel} pendingLabel={t('twoFactor.confirming')} variant={variant} className="self-start" />
    </form>
  );
}
