import { type Locale, SOURCE_LOCALE } from "@rightsdesk/domain";

export type LocalizedChoice = { text: string; locale: Locale; fallback: boolean };

/**
 * A registry text in the reader's language, else in English (the source language, always written
 * first). `fallback` tells the page to mark the text's language and say it is not translated yet.
 */
export function pickLocalized(text: Partial<Record<Locale, string>>, locale: Locale): LocalizedChoice | null {
  const own = text[locale];
  if (own) return { text: own, locale, fallback: false };
  const source = text[SOURCE_LOCALE];
  if (source) return { text: source, locale: SOURCE_LOCALE, fallback: true };
  return null;
}
