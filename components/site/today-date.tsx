'use client';

import { useLocale } from 'next-intl';
import { formatHijri, formatLongDate, formatShortDate } from '@/lib/text/dates';
import { useHydrated } from './use-hydrated';

/**
 * Today's Gregorian and Hijri dates, from the reader's clock (the header is cached for days). Its
 * line is kept empty until then, a whole row on phones, so that nothing moves when it fills. Phones
 * get the short forms in French and English («mer. 2 déc. 2026 | 22 joum. tha. 1448 AH»): the long
 * ones are wider than a 390 px screen. Arabic's long forms fit.
 */
export function TodayDate() {
  const locale = useLocale();
  const today = useHydrated() ? new Date() : null;
  const short = locale !== 'ar';
  return (
    <p className="min-h-6 w-full truncate text-sm lg:w-auto lg:min-w-48">
      {today && (
        <>
          <time dateTime={today.toISOString().slice(0, 10)}>
            {short ? <span className="sm:hidden">{formatShortDate(today, locale)}</span> : null}
            <span className={short ? 'max-sm:hidden' : undefined}>{formatLongDate(today, locale)}</span>
          </time>
          <span className="mx-2 text-muted" aria-hidden="true">
            |
          </span>
          {short ? <span className="sm:hidden">{formatHijri(today, locale, 'short')}</span> : null}
          <span className={short ? 'max-sm:hidden' : undefined}>{formatHijri(today, locale)}</span>
        </>
      )}
    </p>
  );
}
