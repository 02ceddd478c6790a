import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form';
import { Notice } from '@/components/ui/notice';
import { Link, redirect } from '@/i18n/navigation';
import { getSessionUser } from '@/lib/auth/session';

// Per request: it depends on the visitor's session cookie.
export const instant = false;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; reset?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin.login' });
  return { title: t('title') };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getSessionUser()) redirect({ href: '/admin', locale });
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: 'Admin.login' }), getTranslations({ locale, namespace: 'Admin.reset' })]);
  const { next, reset } = await searchParams;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-12">
      <h1 className="font-kufi text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-2 text-muted">{t('intro')}</p>
      {reset === '1' && (
        <div className="mb-4">
          <Notice tone="ok">{tr('done')}</Notice>
        </div>
      )}
      <LoginForm next={typeof next === 'string' ? next : undefined} />
      <Link href="/admin/password/forgot" className="mt-4 self-start font-bold text-brand underline">
        {tr('forgotLink')}
      </Link>
    </main>
  );
}
