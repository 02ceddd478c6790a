import { searchTerms } from '@/lib/text/arabic-normalize';

const STOP_WORDS = new Set([
  'من',
  'في',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ما',
  'لا',
  'هذا',
  'هذه',
  'التي',
  'الذي',
  'كان',
  'قد',
  'ثم',
  'the',
  'and',
  'of',
  'le',
  'la',
  'les',
  'de',
  'des',
  'et',
]);
const MAX_QUERY_TERMS = 8;

/** The distinct meaningful terms of a reader's query, in search form (folded, stemmed, no stop words). */
export function queryTerms(query: string): string[] {
  const terms = searchTerms(query).filter((t) => t.length > 1 && !STOP_WORDS.has(t));
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}
