import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'fr', 'en'],
  defaultLocale: 'ar',
  // Arabic lives at the root; other interfaces get a prefix (/fr, /en).
  localePrefix: 'as-needed',
  // The language comes from the URL only, so a cached page is the same for every visitor.
  localeDetection: false,
  localeCookie: false,
  // Pages name their own alternates (lib/seo/metadata.ts), from SITE_URL and with an article's
  // translations; a Link header built from the request's host would be stored with cached pages.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export const DIRECTION: Record<string, 'rtl' | 'ltr'> = { ar: 'rtl', fr: 'ltr', en: 'ltr' };
