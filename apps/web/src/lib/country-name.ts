import { type Locale } from "@rightsdesk/domain";

// One formatter per language for the whole process: building Intl.DisplayNames is not free.
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the reader's language ("PL" → "Poland", "Польша"); the code itself if Intl has no name. */
export function countryName(code: string, locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // of() throws on a malformed code; the stored value is validated, but a page must not fail over it.
    return code;
  }
}

/**
 * Items ordered by a country's name in the reader's language: a reader scans for "Poland" or
 * "Польша", not for "PL". The sort is stable, so items of one country keep their order.
 */
export function sortByCountry<T>(items: readonly T[], code: (item: T) => string, locale: Locale): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => collator.compare(countryName(code(a), locale), countryName(code(b), locale)));
}

/** Codes ordered by their names in the reader's language, for select options and lists. */
export function sortByCountryName(codes: readonly string[], locale: Locale): string[] {
  return sortByCountry(codes, (code) => code, locale);
}
