'use client';

import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { resetPasswordAction } from '@/lib/actions/password-reset';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';
import { MAX_PASSWORD, MIN_PASSWORD } from '@/lib/validation/users';

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { state, formAction: action, t, errorsOf, refusal } = useActionFeedback(resetPasswordAction);
  const errors = errorsOf('newPassword');
  return (
    <form key={JSON.stringify(state)} action={action} noValidate className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
      {refusal && state.message !== 'checkFields' && <Notice tone="error">{refusal}</Notice>}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="reset-password" label={t('reset.newPassword')} help={t('users.passwordHelp')} errors={errors}>
        <input
          {...describedBy('reset-password', { help: true, errors })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          maxLength={MAX_PASSWORD}
          dir="ltr"
          className={inputClass}
        />
      </Field>
      <SubmitButton label={t('reset.save')} pendingLabel={t('reset.saving')} />
    </form>
  );
}
