'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { localizedPath, readablePath, splitLocalizedPath } from '@/lib/urls';

/** The same page in another interface language (articles keep their own language and direction). */
export function LanguageSwitcher({ current, label, names }: { current: string; label: string; names: Record<string, string> }) {
  // As the browser shows it, percent-encoded: written out (readablePath) like every other link.
  const { path } = splitLocalizedPath(usePathname());
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {Object.entries(names).map(([locale, name]) => (
          <li key={locale}>
            <Link
              href={readablePath(localizedPath(locale, path))}
              // Like every public link, it fetches nothing before it is followed (an RSC prefetch
              // passes the HTTP cache to the app).
              prefetch={false}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="inline-flex min-h-11 items-center rounded px-2 hover:bg-line aria-[current=true]:font-bold aria-[current=true]:underline"
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
