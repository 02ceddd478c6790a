// One normalisation for everything search touches: the index, the query and the highlighter.
// Arabic readers type the same word many ways (أحمد / احمد, مدرسة / مدرسه, على / علي, with or
// without tashkeel and tatweel), so all of those must meet in one form.
import { stripInvisible } from './unicode-controls';

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const LETTER_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  ؤ: 'و',
  ئ: 'ي',
};
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Folds one string to its search form: no marks, one alef, ي for ى, ه for ة, Western digits, lower case. */
export function normalizeArabic(text: string): string {
  return stripInvisible(text)
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱٲٳىیةکؤئ]/g, (c) => LETTER_FOLDS[c] ?? c)
    .replace(DIGITS, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)))
    .toLowerCase();
}

// Proclitics stripped from the front of a word (longest first): the article and the conjunctions
// and prepositions that attach to it, so that «والمدرسة» and «بالمدرسة» find «المدرسة».
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/** A light stem: the normalised word without its leading proclitic, when enough of it remains. */
export function lightStem(word: string): string {
  for (const p of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 2) return word.slice(p.length);
  }
  return word;
}

// One-letter proclitics (و ف ب ل ك and pairs of them) are too ambiguous to strip from indexed
// words (بيت, كتاب, فلاح), so the query asks for the word with each of them in front instead.
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

/** Indexed forms under which a query term may appear. */
export function termVariants(term: string): string[] {
  return term.length >= 3 && /^\p{Script=Arabic}/u.test(term) ? CLITICS.map((c) => c + term) : [term];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Search terms of a text: normalised, stemmed words. */
export function searchTerms(text: string): string[] {
  return (normalizeArabic(text).match(WORD) ?? []).map(lightStem);
}
