'use client';

import { useLocale } from 'next-intl';
import { formatHijri, formatLongDate } from '@/lib/text/dates';
import { useHydrated } from './use-hydrated';

/**
 * Today's Gregorian and Hijri dates, from the reader's clock (the header is cached for days). Its
 * line is kept empty until then, a whole row on phones, so that nothing moves when it fills.
 */
export function TodayDate() {
  const locale = useLocale();
  const today = useHydrated() ? new Date() : null;
  return (
    <p className="min-h-6 w-full truncate text-sm lg:w-auto lg:min-w-48">
      {today && (
        <>
          <time dateTime={today.toISOString().slice(0, 10)}>{formatLongDate(today, locale)}</time>
          <span className="mx-2 text-muted" aria-hidden="true">|</span>
          <span>{formatHijri(today, locale)}</span>
        </>
      )}
    </p>
  );
}
