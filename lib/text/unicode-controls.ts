// Invisible characters that can reorder or hide text: bidi embeddings and overrides
// (U+202A–U+202E), isolates (U+2066–U+2069), marks (U+200E, U+200F, U+061C) and zero-width
// characters (U+200B–U+200D, U+2060, U+FEFF).
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Removes every bidi control and zero-width character (names, slugs, search input). */
export function stripInvisible(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '');
}
