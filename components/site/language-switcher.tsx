'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/** The same page in another interface language (articles keep their own language and direction). */
export function LanguageSwitcher({ label, names }: { label: string; names: Record<string, string> }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              // Like every public link, it fetches nothing before it is followed (an RSC prefetch
              // passes the HTTP cache to the app).
              prefetch={false}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="inline-flex min-h-11 items-center rounded px-2 hover:bg-line aria-[current=true]:font-bold aria-[current=true]:underline"
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
