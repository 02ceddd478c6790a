import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';

export default getRequestConfig(async ({ locale }) => {
  // The [locale] root param is readable inside 'use cache' scopes, unlike request headers.
  const candidate = locale ?? (await rootLocale());
  const resolved = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale: resolved,
    messages: (await import(`../messages/${resolved}.json`)).default,
    timeZone: NEWSROOM_TIME_ZONE,
  };
});
