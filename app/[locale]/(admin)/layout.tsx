import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { ClientMessagesProvider } from '@/components/shell/client-messages-provider';
import { RootDocument, localeParams } from '@/components/shell/root-document';
import { ADMIN_CLIENT_NAMESPACES } from '@/i18n/client-messages';

export const generateStaticParams = localeParams;

// Nothing of the admin is prerendered: each response is rendered whole for its request, so that
// a refused visitor gets a real redirect or 403 status, never a page that started streaming.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin' });
  return { title: { template: `%s | ${t('title')}`, default: t('title') }, robots: { index: false, follow: false } };
}

/** The admin's root layout: never indexed, never cached; the panel's own layout checks the session. */
export default async function AdminRootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await connection();
  const { locale } = await params;
  return (
    <RootDocument locale={locale}>
      <ClientMessagesProvider locale={locale} namespaces={ADMIN_CLIENT_NAMESPACES}>
        <div data-brand className="min-h-dvh">
          {children}
        </div>
      </ClientMessagesProvider>
    </RootDocument>
  );
}
