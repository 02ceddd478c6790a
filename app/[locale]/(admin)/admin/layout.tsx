import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin' });
  return { title: { template: `%s | ${t('title')}`, default: t('title') }, robots: { index: false, follow: false } };
}

/** Everything under /admin: never indexed; the panel's own layout checks the session. */
export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return (
    <div data-brand className="min-h-dvh">
      {children}
    </div>
  );
}
