import { isLiteralElement, isPluralElement, isPoundElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A count's phrase for each plural category of a language, `#` standing for the count. */
export type PluralPhrases = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

function text(elements: MessageFormatElement[], message: string): string {
  return elements
    .map((el) => {
      if (isLiteralElement(el)) return el.value;
      if (isPoundElement(el)) return '#';
      throw new Error(`only text and # may sit inside the plural of «${message}»`);
    })
    .join('');
}

/**
 * The phrases of a message made of text around one `{count, plural, …}`: «منذ {count, plural, one
 * {ساعة} few {# ساعات} …}» gives { one: 'منذ ساعة', few: 'منذ # ساعات', … }. A browser then needs
 * only Intl.PluralRules to pick one, not a message formatter: that builds a number formatter, whose
 * first use costs a phone tens of milliseconds.
 */
export function pluralPhrases(message: string): PluralPhrases {
  const elements = parse(message);
  const plurals = elements.filter(isPluralElement);
  if (plurals.length !== 1 || plurals[0]!.offset !== 0) throw new Error(`«${message}» must hold exactly one plural, without offset`);
  const at = elements.indexOf(plurals[0]!);
  const before = text(elements.slice(0, at), message);
  const after = text(elements.slice(at + 1), message);
  const phrases: Record<string, string> = {};
  for (const [category, option] of Object.entries(plurals[0]!.options)) {
    if (category.startsWith('=')) throw new Error(`exact matches (${category}) are not supported in «${message}»`);
    phrases[category] = before + text(option.value, message) + after;
  }
  if (!phrases.other) throw new Error(`«${message}» has no «other» case`);
  // A category that reads as «other» is left out: the browser falls back to «other» (every page
  // carries these phrases, twice).
  for (const category of Object.keys(phrases)) if (category !== 'other' && phrases[category] === phrases.other) delete phrases[category];
  return phrases as PluralPhrases;
}
