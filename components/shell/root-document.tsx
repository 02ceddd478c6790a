import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { kufi, naskh } from '@/app/fonts';
import { ThemeScript } from '@/components/site/theme-script';
import { clientMessages } from '@/i18n/client-messages';
import { DIRECTION, routing } from '@/i18n/routing';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';
import '@/app/globals.css';

/**
 * <html> and <body> of both root layouts (the public site and the admin): the only place that
 * sets lang and dir, loads the fonts and applies the saved theme before the first paint.
 */
export async function RootDocument({ locale, namespaces, children }: { locale: string; namespaces: readonly string[]; children: ReactNode }) {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={DIRECTION[locale]} className={`${naskh.variable} ${kufi.variable}`} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the app router's root <head>, shared by both root layouts */}
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh antialiased">
        <NextIntlClientProvider
          locale={locale}
          timeZone={NEWSROOM_TIME_ZONE}
          formats={null}
          messages={clientMessages(await getMessages({ locale }), namespaces)}
        >
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

export function localeParams() {
  return routing.locales.map((locale) => ({ locale }));
}
