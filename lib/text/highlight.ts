// Marks the words of a text that a search matched, using the same folding as the index, so that
// a query «مدرسة» highlights «المدرسة» and «بالمدرسه» alike.
import { lightStem, normalizeArabic, termVariants } from './arabic-normalize';

export type Segment = { text: string; hit: boolean };

export function highlight(text: string, terms: string[]): Segment[] {
  if (!terms.length) return [{ text, hit: false }];
  const forms = terms.flatMap(termVariants);
  const matches = (word: string) => {
    const folded = normalizeArabic(word);
    const stem = lightStem(folded);
    return forms.some((f) => stem.startsWith(f) || folded.startsWith(f));
  };
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+/gu)) {
    if (!matches(m[0])) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), hit: false });
    segments.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** About `words` words of `text` around its first match (or its start), for a result snippet. */
export function snippet(text: string, terms: string[], words = 36): string {
  const all = text.split(/\s+/).filter(Boolean);
  const first = all.findIndex((w) => highlight(w, terms).some((s) => s.hit));
  const start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(words / 3));
  const piece = all.slice(start, start + words).join(' ');
  return `${start > 0 ? '… ' : ''}${piece}${start + words < all.length ? ' …' : ''}`;
}
