import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/admin/password/forgot-password-form';
import { Link } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin.reset' });
  return { title: t('forgotTitle'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Admin.reset' });
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-12">
      <h1 className="font-kufi text-3xl font-bold">{t('forgotTitle')}</h1>
      <p className="text-muted">{t('forgotIntro')}</p>
      <ForgotPasswordForm />
      <Link href="/admin/login" className="font-bold text-brand underline">
        {t('backToLogin')}
      </Link>
    </main>
  );
}
