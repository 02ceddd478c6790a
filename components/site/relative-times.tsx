'use client';

import { useEffect } from 'react';
import { timeAgo } from '@/lib/text/dates';
import { countPhrase, type PluralPhrases } from '@/lib/text/count-phrase';

export interface TimePhrases {
  now: string;
  minutes: PluralPhrases;
  hours: PluralPhrases;
  days: PluralPhrases;
}

/**
 * One island for every publication time on the page (TimeAgo): each gets how long ago it was in
 * the reader's language, again every minute. Beyond a week the date stays, as it reads better.
 * The phrases come from the server by plural category (lib/text/plural-phrases.ts).
 */
export function RelativeTimes({ locale, phrases }: { locale: string; phrases: TimePhrases }) {
  useEffect(() => {
    const rules = new Intl.PluralRules(locale);
    const update = () => {
      const now = new Date();
      for (const time of document.querySelectorAll<HTMLTimeElement>('time.time-ago')) {
        const ago = timeAgo(new Date(time.dateTime), now);
        if (!ago) {
          delete time.dataset.ago;
          continue;
        }
        time.dataset.ago = ago.unit === 'now' ? phrases.now : countPhrase(phrases[ago.unit], rules, ago.count);
        // The date, hidden under it, on hover.
        time.title ||= time.textContent ?? '';
      }
    };
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [locale, phrases]);
  return null;
}
