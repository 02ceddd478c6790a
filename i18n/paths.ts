import { routing } from './routing';

/**
 * `pathname` (as the browser shows it) in `locale`'s interface: the default language lives at the
 * root, the others under their prefix (`localePrefix: 'as-needed'`). Works on the client without
 * next-intl's navigation, whose hooks bring its message formatter along.
 */
export function localizedPath(pathname: string, locale: string): string {
  const prefix = routing.locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
  const rest = prefix ? pathname.slice(prefix.length + 1) : pathname;
  const path = rest === '/' ? '' : rest;
  if (locale === routing.defaultLocale) return path || '/';
  return `/${locale}${path}`;
}
