/** Counting stops here: «أكثر من 1000 نتيجة» is all a reader needs to know. */
export const MAX_COUNTED_RESULTS = 1000;
