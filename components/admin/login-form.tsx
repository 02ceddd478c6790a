'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { signIn } from '@/lib/actions/auth';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('Admin');
  const [state, action] = useActionState<ActionState, FormData>(signIn, IDLE_STATE);
  const errors = (f: string) => (state.errors?.[f] ?? []).map((e) => t(`errors.${e}`));
  const email = String(state.values?.email ?? '');
  return (
    <form key={JSON.stringify(state)} action={action} noValidate className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
      {state.status === 'error' && state.message && (
        <Notice tone="error">{t(`errors.${state.message}`, { minutes: Number(state.values?.minutes ?? 1) })}</Notice>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="login-email" label={t('login.email')} errors={errors('email')}>
        <input {...describedBy('login-email', { errors: errors('email') })} name="email" type="email" autoComplete="username" required defaultValue={email} dir="ltr" className={inputClass} />
      </Field>
      <Field id="login-password" label={t('login.password')} errors={errors('password')}>
        <input {...describedBy('login-password', { errors: errors('password') })} name="password" type="password" autoComplete="current-password" required dir="ltr" className={inputClass} />
      </Field>
      <SubmitButton label={t('login.submit')} pendingLabel={t('login.submitting')} />
    </form>
  );
}
