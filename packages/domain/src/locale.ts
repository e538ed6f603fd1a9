import { z } from "zod";

/**
 * The languages a newsroom publishes in. English is the source language: every other
 * version of an article is a translation of it. Add a locale here and both apps pick it up.
 */
export const LOCALES = ["en", "ru", "pl", "fr", "de", "uk"] as const;
export const SOURCE_LOCALE = "en" satisfies Locale;

export type Locale = (typeof LOCALES)[number];

export const ZLocale = z.enum(LOCALES, { error: () => `Unknown language; use one of ${LOCALES.join(", ")}` });

/** Each language's name in itself, as a reader looks for it in a language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  pl: "Polski",
  fr: "Français",
  de: "Deutsch",
  uk: "Українська",
};

/** Each language's name in English, for the editorial app, which speaks English. */
export const LOCALE_ENGLISH_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Russian",
  pl: "Polish",
  fr: "French",
  de: "German",
  uk: "Ukrainian",
};

/**
 * One value for every language, keyed by it. Written out language by language so that the type says every
 * language is there: a language added to LOCALES fails to compile here until it is added too.
 */
export function perLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return { en: value("en"), ru: value("ru"), pl: value("pl"), fr: value("fr"), de: value("de"), uk: value("uk") };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function isSourceLocale(locale: Locale): boolean {
  return locale === SOURCE_LOCALE;
}
