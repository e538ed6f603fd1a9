import { LOCALES, type Locale, perLocale } from "@rightsdesk/domain";
import { type MetadataRoute } from "next";
import { type Alternate, everyLanguage, hreflangLinks, pageAlternates } from "./alternates";
import { articlePath, casePath, homePath, INDEX_SECTIONS, personPath, tagPath } from "./paths";

export type SitemapData = {
  /** Published articles per language: an article appears only in the languages it is published in. */
  articles: Record<Locale, readonly { slug: string; publishedAt: Date }[]>;
  /** Tags with articles per language: a tag's page in a language without its articles is an empty state. */
  tags: Record<Locale, readonly string[]>;
  persons: readonly string[];
  cases: readonly string[];
};

type Entry = MetadataRoute.Sitemap[number];

/** Pages that exist in every language, whatever is published. */
const INDEXES: { path: (locale: Locale) => string; changeFrequency: Entry["changeFrequency"] }[] = [{ path: homePath, changeFrequency: "daily" }, ...INDEX_SECTIONS];

/** The languages a slug is listed in, from per-language lists. */
function localesOf(lists: Record<Locale, readonly string[]>): Map<string, Locale[]> {
  const locales = new Map<string, Locale[]>();
  for (const locale of LOCALES) for (const slug of lists[locale]) locales.set(slug, [...(locales.get(slug) ?? []), locale]);
  return locales;
}

/**
 * Every page a reader can reach, in every language it exists in, as absolute URLs on `origin`; each
 * names its versions in the other languages (hreflang), as the pages' own `<link rel="alternate">` do.
 */
export function sitemapEntries(origin: URL, data: SitemapData): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, origin).href;
  const entries = (alternates: Alternate[], extra: (locale: Locale) => Partial<Entry> = () => ({})): Entry[] => {
    const languages = Object.fromEntries(Object.entries(hreflangLinks(alternates)).map(([lang, path]) => [lang, url(path)]));
    return alternates.map(({ locale, href }) => ({ url: url(href), alternates: { languages }, ...extra(locale) }));
  };
  const published = new Map(LOCALES.map((locale) => [locale, new Map(data.articles[locale].map((a) => [a.slug, a.publishedAt]))]));
  const articleLocales = localesOf(perLocale((locale) => data.articles[locale].map((a) => a.slug)));
  return [
    ...INDEXES.flatMap(({ path, changeFrequency }) => entries(everyLanguage(path), () => ({ changeFrequency }))),
    ...[...articleLocales].flatMap(([slug, locales]) =>
      entries(pageAlternates(locales, (locale) => articlePath(locale, slug)), (locale) => ({ lastModified: published.get(locale)?.get(slug) })),
    ),
    ...[...localesOf(data.tags)].flatMap(([slug, locales]) => entries(pageAlternates(locales, (locale) => tagPath(locale, slug)))),
    ...data.persons.flatMap((slug) => entries(everyLanguage((locale) => personPath(locale, slug)))),
    ...data.cases.flatMap((slug) => entries(everyLanguage((locale) => casePath(locale, slug)))),
  ];
}
