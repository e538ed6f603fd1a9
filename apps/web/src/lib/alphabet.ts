import { type Locale } from "@rightsdesk/domain";

export type LetterGroup<T> = { letter: string; items: T[] };

/** Where names that start with no letter (a digit, a quote) are filed: after the letters. */
export const OTHER_LETTER = "#";

/**
 * The letter a name is filed under in an A–Z index, in capitals. A Latin letter loses its accent
 * ("Élodie" under E, as readers of French look for it); other scripts keep theirs, since "Й" is a
 * letter of its own to a Russian reader, not an "И".
 */
export function indexLetter(name: string, locale: Locale): string {
  const first = [...name.trim()][0];
  if (!first || !/\p{L}/u.test(first)) return OTHER_LETTER;
  const base = first.normalize("NFD")[0] ?? first;
  return (/\p{Script=Latin}/u.test(base) ? base : first).toLocaleUpperCase(locale);
}

/** Items grouped by the letter of their name, in the reader's alphabetical order, names sorted within a letter. */
export function groupByLetter<T>(items: readonly T[], name: (item: T) => string, locale: Locale): LetterGroup<T>[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => collator.compare(name(a), name(b)))) {
    const letter = indexLetter(name(item), locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  const order = (letter: string) => (letter === OTHER_LETTER ? 1 : 0);
  return [...groups]
    .map(([letter, grouped]) => ({ letter, items: grouped }))
    .sort((a, b) => order(a.letter) - order(b.letter) || collator.compare(a.letter, b.letter));
}
