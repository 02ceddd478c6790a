// Invisible characters that can reorder or hide text: bidi embeddings and overrides
// (U+202A–U+202E), isolates (U+2066–U+2069), marks (U+200E, U+200F, U+061C) and zero-width
// characters (U+200B–U+200D, U+2060, U+FEFF).
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Removes every bidi control and zero-width character (names, slugs, search input). */
export function stripInvisible(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '');
}

// Inside a comment, zero-width joiners (U+200C, U+200D) and direction marks (U+200E, U+200F,
// U+061C) have honest uses in Arabic and Persian typing; embeddings, overrides, isolates and the
// other zero-width characters only serve to reorder or hide text.
const TEXT_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/** A commenter's text without the characters that could reorder or hide it. */
export function neutralizeText(text: string): string {
  return text.replace(TEXT_CONTROLS, '');
}
