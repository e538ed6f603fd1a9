import { type Locale } from "@rightsdesk/domain";

export const homePath = (locale: Locale) => `/${locale}`;
export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;
export const tagPath = (locale: Locale, tagSlug: string) => `/${locale}/tags/${tagSlug}`;
export const personPath = (locale: Locale, slug: string) => `/${locale}/people/${slug}`;
export const casePath = (locale: Locale, slug: string) => `/${locale}/cases/${slug}`;
export const protectionsPath = (locale: Locale) => `/${locale}/protections`;
export const searchPath = (locale: Locale) => `/${locale}/search`;
/** A language's news feed, or a tag's: `feed.xml` is RSS 2.0, `atom.xml` Atom 1.0. */
export const feedPath = (locale: Locale, format: "rss" | "atom", tagSlug?: string) =>
  `${tagSlug ? tagPath(locale, tagSlug) : homePath(locale)}/${format === "rss" ? "feed" : "atom"}.xml`;
