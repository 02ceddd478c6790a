import { getLocale, getTranslations } from 'next-intl/server';
import { beginTwoFactorAction, disableTwoFactorAction, enableTwoFactorAction, regenerateRecoveryCodesAction } from '@/lib/actions/admin/two-factor';
import { formatDateTime } from '@/lib/text/dates';
import { CodeForm } from './code-form';
import { TwoFactorEnrolment } from './enrolment';

interface Props {
  status: { enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };
  /** The staff member's role requires it (REQUIRE_2FA): it cannot be turned off. */
  required: boolean;
}

/** The account page's section: set up, new recovery codes, turn off. */
export async function TwoFactorSettings({ status, required }: Props) {
  const [t, locale] = await Promise.all([getTranslations('Admin.twoFactor'), getLocale()]);
  return (
    <section aria-labelledby="two-factor" className="mt-8 flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <h2 id="two-factor" className="font-kufi text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-muted">{t('intro')}</p>
      {status.enabled ? (
        <>
          <p className="font-bold">{t('on', { date: formatDateTime(status.enabledAt!, locale) })}</p>
          <p>{t('codesLeft', { count: status.recoveryCodesLeft })}</p>
          <details className="rounded-md border border-line p-3">
            <summary className="cursor-pointer font-bold">{t('newCodes')}</summary>
            <div className="mt-3">
              <CodeForm
                id="new-codes-code"
                action={regenerateRecoveryCodesAction}
                label={t('currentCode')}
                help={t('newCodesHelp')}
                submitLabel={t('newCodesSubmit')}
                variant="secondary"
              />
            </div>
          </details>
          {!required && (
            <details className="rounded-md border border-line p-3">
              <summary className="cursor-pointer font-bold">{t('turnOff')}</summary>
              <div className="mt-3">
                <CodeForm
                  id="turn-off-code"
                  action={disableTwoFactorAction}
                  label={t('currentCode')}
                  help={t('turnOffHelp')}
                  submitLabel={t('turnOffSubmit')}
                  okKey="twoFactor.turnedOff"
                  variant="danger"
                />
              </div>
            </details>
          )}
        </>
      ) : (
        <>
          <p className="font-bold">{t(required ? 'requiredNote' : 'off')}</p>
          <TwoFactorEnrolment begin={beginTwoFactorAction} confirm={enableTwoFactorAction} />
        </>
      )}
    </section>
  );
}
