'use client';

import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';
import { RecoveryCodes } from './recovery-codes';

interface Props {
  id: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  help?: string;
  submitLabel: string;
  /** «Admin» key of the message shown when the action succeeds. */
  okKey?: string;
  /** Shown instead of the form once the action succeeded. */
  done?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** One field for a code from the authenticator (or a recovery code), sent to one action. */
export function CodeForm({ id, action, label, help, submitLabel, okKey, done, variant }: Props) {
  const t = useTranslations('Admin');
  const [state, formAction] = useActionState(action, IDLE_STATE);
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
  const errors = (state.errors?.code ?? []).map((e) => t(`errors.${e}`));
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-3">
      {state.status !== 'ok' && state.message && state.message !== 'checkFields' && (
        <Notice tone="error">{t(`errors.${state.message}`, { minutes: Number(state.values?.minutes ?? 1) })}</Notice>
      )}
      <Field id={id} label={label} help={help} errors={errors}>
        <input {...describedBy(id, { help: Boolean(help), errors })} name="code" type="text" autoComplete="one-time-code" required maxLength={40} dir="ltr" spellCheck={false} className={`${inputClass} font-mono`} />
      </Field>
      <SubmitButton label={submitLabel} pendingLabel={t('twoFactor.confirming')} variant={variant} className="self-start" />
    </form>
  );
}
