'use client';

import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { signIn } from '@/lib/actions/auth';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export function LoginForm({ next }: { next?: string }) {
  const { state, formAction: action, t, errorsOf: errors, refusal } = useActionFeedback(signIn);
  const email = String(state.values?.email ?? '');
  return (
    <form key={JSON.stringify(state)} action={action} noValidate className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
      {refusal && <Notice tone="error">{refusal}</Notice>}
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="login-email" label={t('login.email')} errors={errors('email')}>
        <input
          {...describedBy('login-email', { errors: errors('email') })}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          dir="ltr"
          className={inputClass}
        />
      </Field>
      <Field id="login-password" label={t('login.password')} errors={errors('password')}>
        <input
          {...describedBy('login-password', { errors: errors('password') })}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          dir="ltr"
          className={inputClass}
        />
      </Field>
      <SubmitButton label={t('login.submit')} pendingLabel={t('login.submitting')} />
    </form>
  );
}
