/** A common adult reading speed for news text, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes a reader needs, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** "12 words · under a minute to read", "1,250 words · 6 min read". */
export function describeLength(words: number): string {
  const count = `${words.toLocaleString("en")} ${words === 1 ? "word" : "words"}`;
  if (words === 0) return count;
  const minutes = readingMinutes(words);
  return `${count} · ${words < WORDS_PER_MINUTE / 2 ? "under a minute to read" : `${minutes} min read`}`;
}
