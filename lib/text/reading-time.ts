// Arabic prose reads slower than English; 180 words a minute is a common estimate for news text.
const WORDS_PER_MINUTE = 180;

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / WORDS_PER_MINUTE));
}
