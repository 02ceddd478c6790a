'use client';

import { dayLine, type DayLine } from '@/lib/text/dates';
import { InlineScript } from '@/components/shell/inline-script';
import { TODAY_LINE_ID, showToday } from './page-scripts/show-today';
import { useHydrated } from './use-hydrated';

/**
 * Today's Gregorian and Hijri dates, by the reader's clock (the header is cached for days). The
 * server writes the lines of today and tomorrow (`days`; the frame is rendered again hourly), all
 * hidden; the page's script (showToday, run as the header is parsed) shows the one that holds now, before the framework
 * arrives, and the hydrated component keeps to the same. A page older than those lines formats its
 * own once hydrated. The row keeps its height while empty, a whole row on phones, so that nothing
 * moves when it fills. Phones get the short forms in French and English («mer. 2 déc. 2026 | 22
 * joum. tha. 1448 AH»): the long ones are wider than a 390 px screen. Arabic's long forms fit.
 */
export function TodayDate({ locale, days }: { locale: string; days: DayLine[] }) {
  const today = useHydrated() ? new Date() : null;
  const now = today?.getTime() ?? null;
  const holds = (d: DayLine) => now !== null && d.from <= now && now < d.to;
  const own = now !== null && !days.some(holds) ? dayLine(today!, locale) : null;
  return (
    <>
      <p id={TODAY_LINE_ID} className="min-h-6 w-full truncate text-sm lg:w-auto lg:min-w-48">
        {days.map((d) => (
          // The page's script may have shown it already: its `hidden` differs from the server's until hydrated.
          <span key={d.day} data-from={d.from} data-to={d.to} hidden={!holds(d)} suppressHydrationWarning>
            <Line line={d} />
          </span>
        ))}
        {own && (
          <span>
            <Line line={own} />
          </span>
        )}
      </p>
      <InlineScript run={showToday} args={[TODAY_LINE_ID]} />
    </>
  );
}

function Line({ line }: { line: DayLine }) {
  return (
    <>
      <time dateTime={line.day}>
        {line.dateShort ? (
          <>
            <span className="sm:hidden">{line.dateShort}</span>
            <span className="max-sm:hidden">{line.date}</span>
          </>
        ) : (
          line.date
        )}
      </time>
      <span className="mx-2 text-muted" aria-hidden="true">
        |
      </span>
      {line.hijriShort ? (
        <>
          <span className="sm:hidden">{line.hijriShort}</span>
          <span className="max-sm:hidden">{line.hijri}</span>
        </>
      ) : (
        line.hijri
      )}
    </>
  );
}
