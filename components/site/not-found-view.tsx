'use client';

import { usePlainLocale, usePlainTranslations } from '@/components/shell/plain-messages-provider';
import { localizedPath } from '@/lib/urls';

/**
 * «الصفحة غير موجودة». Every page of the site carries the layout's not-found view in its payload,
 * ready for a navigation that ends in a 404; drawn here from the strings the error views have on
 * the phone anyway, it is a reference there instead of its markup.
 */
export function NotFoundView() {
  const t = usePlainTranslations('Errors');
  const locale = usePlainLocale();
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="font-kufi text-7xl font-bold text-brand-ink" aria-hidden="true">
        {'404'}
      </p>
      <h1 className="mt-4 font-kufi text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundText')}</p>
      <a href={localizedPath(locale, '/')} className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand px-6 font-bold text-on-brand">
        {t('backHome')}
      </a>
    </main>
  );
}
