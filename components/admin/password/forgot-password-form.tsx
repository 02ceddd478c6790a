'use client';

import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestPasswordReset } from '@/lib/actions/password-reset';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export function ForgotPasswordForm() {
  const { state, formAction: action, t, errorsOf, refusal } = useActionFeedback(requestPasswordReset);
  if (state.status === 'ok') return <Notice tone="ok">{t('reset.sent')}</Notice>;
  const errors = errorsOf('email');
  return (
    <form key={JSON.stringify(state)} action={action} noValidate className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
      {refusal && state.message !== 'checkFields' && <Notice tone="error">{refusal}</Notice>}
      <Field id="forgot-email" label={t('reset.email')} errors={errors}>
        <input
          {...describedBy('forgot-email', { errors })}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={String(state.values?.email ?? '')}
          dir="ltr"
          className={inputClass}
        />
      </Field>
      <SubmitButton label={t('reset.send')} pendingLabel={t('reset.sending')} />
    </form>
  );
}
