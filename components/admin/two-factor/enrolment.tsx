'use client';

import { type ReactNode } from 'react';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/admin/action-state';
import { CodeForm } from './code-form';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Setting up an authenticator: a new key as a QR code, its first code, then the recovery codes. */
export function TwoFactorEnrolment({ begin, confirm, done }: { begin: Action; confirm: Action; done?: ReactNode }) {
  const { state: key, formAction: beginAction, t, refusal } = useActionFeedback(begin);
  if (key.status !== 'ok') {
    return (
      <form action={beginAction} className="flex flex-col gap-3">
        {refusal && <Notice tone="error">{refusal}</Notice>}
        <SubmitButton label={t('twoFactor.setUp')} pendingLabel={t('twoFactor.preparing')} className="self-start" />
      </form>
    );
  }
  const { secret, qrCode } = key.values as { secret: string; qrCode: string };
  return (
    <div className="flex flex-col gap-4">
      <p>{t('twoFactor.scan')}</p>
      {/* A data URL made on the server from the key; white around it so that phones read it in dark mode too. */}
      <img src={qrCode} alt={t('twoFactor.qrAlt')} width={220} height={220} className="self-start rounded-md bg-white p-2" />
      <p>
        {t('twoFactor.manualKey')}{' '}
        <code dir="ltr" className="font-mono font-bold break-all">
          {secret.match(/.{1,4}/g)!.join(' ')}
        </code>
      </p>
      <p>{t('twoFactor.enterCode')}</p>
      <CodeForm id="enrol-code" action={confirm} label={t('twoFactor.code')} submitLabel={t('twoFactor.confirm')} okKey="twoFactor.enabled" done={done} />
    </div>
  );
}
