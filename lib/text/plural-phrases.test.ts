// @vitest-environment happy-dom
import fs from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { markTimesAgo, type TimePhrases } from '@/components/site/page-scripts/times-ago';
import { pluralPhrases } from './plural-phrases';

const westernDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const NOW = Date.parse('2026-12-04T12:00:00Z');
const MINUTE = 60_000;

/** What the page shows over a time published `minutes` ago. */
function shownFor(phrases: TimePhrases, locale: string, minutes: number) {
  document.body.innerHTML = `<time class="time-ago" datetime="${new Date(NOW - minutes * MINUTE).toISOString()}">4 دجنبر 2026</time>`;
  markTimesAgo(phrases, locale, NOW);
  return document.querySelector('time')!.dataset.ago;
}

function phrasesOf(locale: string): { time: Record<string, string>; phrases: TimePhrases } {
  const time = JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')).Time as Record<string, string>;
  return { time, phrases: { now: time.now!, minutes: pluralPhrases(time.minutes!), hours: pluralPhrases(time.hours!), days: pluralPhrases(time.days!) } };
}

describe('plural phrases', () => {
  for (const locale of ['ar', 'fr', 'en']) {
    it(`say over a time what the message formatter says for every count, in ${locale}`, () => {
      const { time, phrases } = phrasesOf(locale);
      const units = { minutes: 1, hours: 60, days: 1440 } as const;
      for (const [unit, minutes] of Object.entries(units)) {
        const most = unit === 'minutes' ? 59 : unit === 'hours' ? 23 : 6;
        for (let count = 1; count <= most; count++) {
          const expected = westernDigits(String(new IntlMessageFormat(time[unit]!, locale).format({ count })));
          expect(shownFor(phrases, locale, count * minutes), `${unit} ${count}`).toBe(expected);
        }
      }
    });
  }

  it('give Arabic its dual and its plural of three to ten', () => {
    const { phrases } = phrasesOf('ar');
    const hours = pluralPhrases('منذ {count, plural, one {ساعة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}');
    const withHours = { ...phrases, hours };
    expect(shownFor(withHours, 'ar', 2 * 60)).toBe('منذ ساعتين');
    expect(shownFor(withHours, 'ar', 3 * 60)).toBe('منذ 3 ساعات');
    expect(shownFor(withHours, 'ar', 11 * 60)).toBe('منذ 11 ساعة');
  });

  it('leave the date of what is a week old or more, and keep it as the tooltip otherwise', () => {
    const { phrases } = phrasesOf('ar');
    expect(shownFor(phrases, 'ar', 0)).toBe(phrases.now);
    expect(document.querySelector('time')!.title).toBe('4 دجنبر 2026');
    expect(shownFor(phrases, 'ar', 7 * 1440)).toBeUndefined();
  });

  it('refuse messages they cannot split', () => {
    expect(() => pluralPhrases('{count, plural, =0 {none} other {#}}')).toThrow(/exact/);
    expect(() => pluralPhrases('no plural here')).toThrow(/exactly one plural/);
    expect(() => pluralPhrases('{name} {count, plural, other {#}}')).toThrow(/only text/);
  });
});
