'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestPasswordReset } from '@/lib/actions/password-reset';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';

export function ForgotPasswordForm() {
  const t = useTranslations('Admin');
  const [state, action] = useActionState<ActionState, FormData>(requestPasswordReset, IDLE_STATE);
  if (state.status === 'ok') return <Notice tone="ok">{t('reset.sent')}</Notice>;
  const errors = (state.errors?.email ?? []).map((e) => t(`errors.${e}`));
  return (
    <form key={JSON.stringify(state)} action={action} noValidate className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
      {state.message === 'unavailable' && <Notice tone="error">{t('reset.unavailable')}</Notice>}
      {state.message && !['unavailable', 'checkFields'].includes(state.message) && (
        <Notice tone="error">{t(`errors.${state.message}`, { minutes: Number(state.values?.minutes ?? 1) })}</Notice>
      )}
      <Field id="forgot-email" label={t('reset.email')} errors={errors}>
        <input {...describedBy('forgot-email', { errors })} name="email" type="email" autoComplete="username" required defaultValue={String(state.values?.email ?? '')} dir="ltr" className={inputClass} />
      </Field>
      <SubmitButton label={t('reset.send')} pendingLabel={t('reset.sending')} />
    </form>
  );
}
