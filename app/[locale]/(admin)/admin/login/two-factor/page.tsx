import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CodeForm } from '@/components/admin/two-factor/code-form';
import { TwoFactorEnrolment } from '@/components/admin/two-factor/enrolment';
import { ActionButton } from '@/components/admin/forms/action-button';
import { Link, redirect } from '@/i18n/navigation';
import { currentChallenge } from '@/lib/auth/sign-in-challenge';
import { getSessionUser } from '@/lib/auth/session';
import { beginRequiredEnrolment, confirmRequiredEnrolment, finishRequiredEnrolment, verifySecondFactor } from '@/lib/actions/two-factor-sign-in';

// Per request: it depends on the sign-in challenge in the visitor's cookie.
export const instant = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin.twoFactor' });
  return { title: t('verifyTitle') };
}

/** The second step of a sign-in: a code, or (under REQUIRE_2FA) setting up the authenticator. */
export default async function TwoFactorSignInPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getSessionUser()) redirect({ href: '/admin', locale });
  const challenge = await currentChallenge();
  if (!challenge) redirect({ href: '/admin/login', locale });
  const t = await getTranslations({ locale, namespace: 'Admin.twoFactor' });
  const finish = <ActionButton action={finishRequiredEnrolment} hidden={{}} label={t('continue')} variant="primary" />;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-12">
      <h1 className="font-kufi text-3xl font-bold">{t(challenge!.kind === 'verify' ? 'verifyTitle' : 'enrollTitle')}</h1>
      <p className="text-muted">{t(challenge!.kind === 'verify' ? 'verifyIntro' : 'enrollIntro')}</p>
      <div className="rounded-lg border border-line bg-surface p-6">
        {challenge!.kind === 'verify' ? (
          <CodeForm id="signin-code" action={verifySecondFactor} label={t('verifyCode')} help={t('verifyHelp')} submitLabel={t('verifySubmit')} />
        ) : challenge!.confirmedAt ? (
          <div className="flex flex-col gap-3">
            <p>{t('codesShownBefore')}</p>
            {finish}
          </div>
        ) : (
          <TwoFactorEnrolment begin={beginRequiredEnrolment} confirm={confirmRequiredEnrolment} done={finish} />
        )}
      </div>
      {challenge!.kind === 'verify' && <p className="text-sm text-muted">{t('lostAccess')}</p>}
      <Link href="/admin/login" className="font-bold text-brand underline">
        {t('backToLogin')}
      </Link>
    </main>
  );
}
