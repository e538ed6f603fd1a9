import { LOCALES, type Locale } from "@rightsdesk/domain";
import { type MetadataRoute } from "next";
import { articlePath, casePath, homePath, personPath, protectionsPath } from "./paths";

export type SitemapData = {
  /** Published articles per language: an article appears only in the languages it is published in. */
  articles: Record<Locale, readonly { slug: string; publishedAt: Date }[]>;
  persons: readonly string[];
  cases: readonly string[];
};

/** Every page a reader can reach, in every language, as absolute URLs on `origin`. */
export function sitemapEntries(origin: URL, data: SitemapData): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, origin).href;
  return LOCALES.flatMap((locale) => [
    { url: url(homePath(locale)), changeFrequency: "daily" as const },
    { url: url(protectionsPath(locale)), changeFrequency: "weekly" as const },
    ...data.articles[locale].map((article) => ({ url: url(articlePath(locale, article.slug)), lastModified: article.publishedAt })),
    ...data.persons.map((slug) => ({ url: url(personPath(locale, slug)) })),
    ...data.cases.map((slug) => ({ url: url(casePath(locale, slug)) })),
  ]);
}
