import type { ComponentProps } from 'react';
import { useLocale } from 'next-intl';
import { linkPath } from '@/lib/urls';

/**
 * A link of the public site: a plain `<a>` in the interface's language, rendered on the server.
 * Unlike next/link it hydrates nothing and prefetches nothing (the home page has over a hundred
 * links, and a phone on a slow link paid for every page in view), and following it loads the
 * page's HTML, which the HTTP cache in front answers; client navigation would ask the app for
 * its RSC payload instead. Arabic slugs are written as letters (readablePath).
 */
export function PlainLink({ href, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string }) {
  const locale = useLocale();
  return <a href={linkPath(locale, href)} {...props} />;
}
