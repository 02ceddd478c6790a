// A run of Latin script (names, acronyms, brands) with the spaces and punctuation inside it.
const LATIN_RUN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,'’&+\-]*[A-Za-z\u00C0-\u024F0-9.]|[A-Za-z\u00C0-\u024F]/g;

export type TextPiece = { text: string; latin: boolean };

/**
 * Splits right-to-left text around its Latin runs, which the page wraps in <bdi> so that
 * «سيلين برتون (Céline BERTHON).» keeps its order whatever punctuation surrounds the name.
 */
export function latinRuns(value: string): TextPiece[] {
  const out: TextPiece[] = [];
  let last = 0;
  for (const m of value.matchAll(LATIN_RUN)) {
    if (m.index > last) out.push({ text: value.slice(last, m.index), latin: false });
    out.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ text: value.slice(last), latin: false });
  return out;
}
