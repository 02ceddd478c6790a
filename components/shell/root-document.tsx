import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { kufi, naskh } from '@/app/fonts';
import { ThemeScript } from '@/components/site/theme-script';
import { DIRECTION, routing } from '@/i18n/routing';
import '@/app/globals.css';

/**
 * <html> and <body> of both root layouts (the public site and the admin): the only place that
 * sets lang and dir, loads the fonts and applies the saved theme before the first paint.
 */
export function RootDocument({ locale, children }: { locale: string; children: ReactNode }) {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={DIRECTION[locale]} className={`${naskh.variable} ${kufi.variable}`} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the app router's root <head>, shared by both root layouts */}
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh antialiased">{children}</body>
    </html>
  );
}

export function localeParams() {
  return routing.locales.map((locale) => ({ locale }));
}
