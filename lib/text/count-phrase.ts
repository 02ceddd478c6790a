// Apart from plural-phrases.ts, whose ICU parser the browser must not download with it.

/** A count's phrase for each plural category of a language, `#` standing for the count. */
export type PluralPhrases = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The phrase for `count`: `rules` picks the category, the count is written in Western digits. */
export function countPhrase(phrases: PluralPhrases, rules: Intl.PluralRules, count: number): string {
  return (phrases[rules.select(count)] ?? phrases.other).replaceAll('#', String(count));
}
