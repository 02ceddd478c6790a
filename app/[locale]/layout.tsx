import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';
import { clientMessages } from '@/i18n/client-messages';
import { DIRECTION, routing } from '@/i18n/routing';
import { ThemeScript } from '@/components/site/theme-script';
import { kufi, naskh } from '../fonts';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The one root layout: the only place that sets lang and dir. */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={DIRECTION[locale]} className={`${naskh.variable} ${kufi.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh antialiased">
        <NextIntlClientProvider locale={locale} timeZone={NEWSROOM_TIME_ZONE} formats={null} messages={clientMessages(await getMessages({ locale }))}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
