import { type Locale } from "@rightsdesk/domain";

// One formatter per reader language for the whole process, as for country names.
const names = new Map<Locale, Intl.DisplayNames>();

/** A language's name in the reader's language, as it reads inside a sentence: "Russian", "английский". */
export function languageName(locale: Locale, readerLocale: Locale): string {
  let formatter = names.get(readerLocale);
  if (!formatter) {
    formatter = new Intl.DisplayNames([readerLocale], { type: "language", fallback: "code" });
    names.set(readerLocale, formatter);
  }
  return formatter.of(locale) ?? locale;
}
