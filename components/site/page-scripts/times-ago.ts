import type { PluralPhrases } from '@/lib/text/plural-phrases';

export interface TimePhrases {
  now: string;
  minutes: PluralPhrases;
  hours: PluralPhrases;
  days: PluralPhrases;
}

/**
 * Shows over every publication time (`time.time-ago`, components/site/time-ago.tsx) how long ago
 * it was by the reader's clock, «منذ 3 ساعات» (the `data-ago` attribute, drawn by CSS), and moves
 * the date to its tooltip. Beyond a week the date stays, as it reads better. The phrases come from
 * the server by plural category (lib/text/plural-phrases.ts); counts are written in Western digits.
 * Self-contained: RelativeTimes has the page run its source at load (InlineScript), then calls it
 * every minute.
 */
export function markTimesAgo(phrases: TimePhrases, locale: string, now = Date.now()) {
  const rules = new Intl.PluralRules(locale);
  const say = (unit: 'minutes' | 'hours' | 'days', count: number) => (phrases[unit][rules.select(count)] ?? phrases[unit].other).replaceAll('#', String(count));
  for (const time of document.querySelectorAll<HTMLTimeElement>('time.time-ago')) {
    const minutes = Math.floor((now - Date.parse(time.dateTime)) / 60_000);
    const ago =
      minutes < 1
        ? phrases.now
        : minutes < 60
          ? say('minutes', minutes)
          : minutes < 1440
            ? say('hours', Math.floor(minutes / 60))
            : minutes < 10_080
              ? say('days', Math.floor(minutes / 1440))
              : null;
    if (ago === null) {
      delete time.dataset.ago;
      continue;
    }
    time.dataset.ago = ago;
    time.title ||= time.textContent ?? '';
  }
}
