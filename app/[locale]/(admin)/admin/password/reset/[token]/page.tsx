import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/admin/password/reset-password-form';
import { Link } from '@/i18n/navigation';
import { liveResetAccount } from '@/lib/auth/password-reset';

// Per request: the link may have been used a moment ago.
export const instant = false;

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin.reset' });
  return { title: t('newTitle'), robots: { index: false }, referrer: 'no-referrer' as const };
}

/** The page the reset mail links to: a new password, or why the link no longer works. */
export default async function ResetPasswordPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, account] = await Promise.all([getTranslations({ locale, namespace: 'Admin.reset' }), liveResetAccount(token)]);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-12">
      <h1 className="font-kufi text-3xl font-bold">{t(account ? 'newTitle' : 'invalidTitle')}</h1>
      {account ? (
        <>
          <p className="text-muted">{t.rich('newIntro', { email: account.email, account: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
          <ResetPasswordForm token={token} email={account.email} />
        </>
      ) : (
        <>
          <p>{t('invalidText')}</p>
          <Link href="/admin/password/forgot" className="font-bold text-brand underline">
            {t('requestAgain')}
          </Link>
        </>
      )}
    </main>
  );
}
