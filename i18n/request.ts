import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';

/** The [locale] root param (readable in 'use cache' scopes); server actions fall back to the proxy's header. */
async function currentLocale(requestLocale: Promise<string | undefined>) {
  try {
    return await rootLocale();
  } catch {
    return requestLocale;
  }
}

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const candidate = locale ?? (await currentLocale(requestLocale));
  const resolved = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale: resolved,
    messages: (await import(`../messages/${resolved}.json`)).default,
    timeZone: NEWSROOM_TIME_ZONE,
  };
});
