import { LOCALES, type Locale, SOURCE_LOCALE } from "@rightsdesk/domain";

/** The same page in one language: what the language switcher links to and hreflang announces. */
export type Alternate = { locale: Locale; href: string };

/** The page in each of `locales` that it exists in, in the order of LOCALES (the switcher's order). */
export function pageAlternates(locales: readonly Locale[], path: (locale: Locale) => string): Alternate[] {
  return LOCALES.filter((locale) => locales.includes(locale)).map((locale) => ({ locale, href: path(locale) }));
}

/** Pages that exist in every language: home, listings and the registry. */
export const everyLanguage = (path: (locale: Locale) => string) => pageAlternates(LOCALES, path);

/**
 * Metadata `alternates.languages`: an hreflang link per language plus `x-default`, the source
 * language's page (or the first one when the page has no source-language version).
 */
export function hreflangLinks(alternates: readonly Alternate[]): Record<string, string> {
  const fallback = alternates.find((alternate) => alternate.locale === SOURCE_LOCALE) ?? alternates[0];
  if (!fallback) return {};
  return { ...Object.fromEntries(alternates.map(({ locale, href }) => [locale, href])), "x-default": fallback.href };
}
