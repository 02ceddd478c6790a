import fs from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { countPhrase } from './count-phrase';
import { pluralPhrases } from './plural-phrases';

const westernDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

describe('plural phrases', () => {
  for (const locale of ['ar', 'fr', 'en']) {
    const time = JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')).Time as Record<string, string>;
    it(`say what the message formatter says for every count, in ${locale}`, () => {
      const rules = new Intl.PluralRules(locale);
      for (const unit of ['minutes', 'hours', 'days']) {
        const phrases = pluralPhrases(time[unit]!);
        for (let count = 0; count <= 120; count++) {
          const expected = westernDigits(String(new IntlMessageFormat(time[unit]!, locale).format({ count })));
          expect(countPhrase(phrases, rules, count), `${unit} ${count}`).toBe(expected);
        }
      }
    });
  }

  it('give Arabic its dual and its plural of three to ten', () => {
    const phrases = pluralPhrases('منذ {count, plural, one {ساعة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}');
    const rules = new Intl.PluralRules('ar');
    expect(countPhrase(phrases, rules, 2)).toBe('منذ ساعتين');
    expect(countPhrase(phrases, rules, 3)).toBe('منذ 3 ساعات');
    expect(countPhrase(phrases, rules, 11)).toBe('منذ 11 ساعة');
  });

  it('refuse messages they cannot split', () => {
    expect(() => pluralPhrases('{count, plural, =0 {none} other {#}}')).toThrow(/exact/);
    expect(() => pluralPhrases('no plural here')).toThrow(/exactly one plural/);
    expect(() => pluralPhrases('{name} {count, plural, other {#}}')).toThrow(/only text/);
  });
});
