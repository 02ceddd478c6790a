'use client';

import { dayLine, type DayLine } from '@/lib/text/dates';
import { useHydrated } from './use-hydrated';

/**
 * Today's Gregorian and Hijri dates, by the reader's clock (the header is cached for days). The
 * server writes the lines of today and the next days (`days`); a page older than those formats its own.
 * The line is kept empty until then, a whole row on phones, so that nothing moves when it fills.
 * Phones get the short forms in French and English («mer. 2 déc. 2026 | 22 joum. tha. 1448 AH»):
 * the long ones are wider than a 390 px screen. Arabic's long forms fit.
 */
export function TodayDate({ locale, days }: { locale: string; days: DayLine[] }) {
  const today = useHydrated() ? new Date() : null;
  const now = today?.getTime() ?? 0;
  const line = today && (days.find((d) => d.from <= now && now < d.to) ?? dayLine(today, locale));
  return (
    <p className="min-h-6 w-full truncate text-sm lg:w-auto lg:min-w-48">
      {line && (
        <>
          <time dateTime={line.day}>
            {line.dateShort ? <span className="sm:hidden">{line.dateShort}</span> : null}
            <span className={line.dateShort ? 'max-sm:hidden' : undefined}>{line.date}</span>
          </time>
          <span className="mx-2 text-muted" aria-hidden="true">
            |
          </span>
          {line.hijriShort ? <span className="sm:hidden">{line.hijriShort}</span> : null}
          <span className={line.hijriShort ? 'max-sm:hidden' : undefined}>{line.hijri}</span>
        </>
      )}
    </p>
  );
}
