import { type Locale } from "@rightsdesk/domain";

export const homePath = (locale: Locale) => `/${locale}`;
export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;
export const tagPath = (locale: Locale, tagSlug: string) => `/${locale}/tags/${tagSlug}`;
export const personPath = (locale: Locale, slug: string) => `/${locale}/people/${slug}`;
export const casePath = (locale: Locale, slug: string) => `/${locale}/cases/${slug}`;
export const protectionsPath = (locale: Locale) => `/${locale}/protections`;
export const searchPath = (locale: Locale) => `/${locale}/search`;
// The indexes: people A–Z, cases, organisations, countries and topics, and the news archive.
export const peoplePath = (locale: Locale) => `/${locale}/people`;
export const casesPath = (locale: Locale) => `/${locale}/cases`;
export const organisationsPath = (locale: Locale) => `/${locale}/organisations`;
export const tagsPath = (locale: Locale) => `/${locale}/tags`;
export const archivePath = (locale: Locale) => `/${locale}/archive`;

/** The indexes in the order every page's header links them, with how often each changes (for the sitemap). */
export const INDEX_SECTIONS = [
  { path: archivePath, label: "archive", changeFrequency: "daily" },
  { path: tagsPath, label: "topics", changeFrequency: "weekly" },
  { path: peoplePath, label: "people", changeFrequency: "weekly" },
  { path: casesPath, label: "cases", changeFrequency: "weekly" },
  { path: protectionsPath, label: "protections", changeFrequency: "weekly" },
  { path: organisationsPath, label: "organisations", changeFrequency: "weekly" },
] as const;

/** `path` with the given query parameters, leaving out those without a value so that links stay short. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== "") query.set(name, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
/** A language's news feed, or a tag's: `feed.xml` is RSS 2.0, `atom.xml` Atom 1.0. */
export const feedPath = (locale: Locale, format: "rss" | "atom", tagSlug?: string) =>
  `${tagSlug ? tagPath(locale, tagSlug) : homePath(locale)}/${format === "rss" ? "feed" : "atom"}.xml`;
