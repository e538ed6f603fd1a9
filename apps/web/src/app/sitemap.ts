import { LOCALES, type Locale, perLocale } from "@rightsdesk/domain";
import { type MetadataRoute } from "next";
import { listTagCounts } from "~/lib/archive";
import { listPublishedArticles } from "~/lib/published";
import { listRegistrySlugs } from "~/lib/registry";
import { siteUrl } from "~/lib/site-url";
import { sitemapEntries } from "~/lib/sitemap";

// Built per request from the same cached reads as the pages it lists: a route without params would
// otherwise be prerendered at build time, and a build needs no database.
export const dynamic = "force-dynamic";

/** Every published article in one language, page by page through the public listing. */
async function allPublished(locale: Locale) {
  const first = await listPublishedArticles(locale, 1);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => listPublishedArticles(locale, i + 2)));
  return [first, ...rest].flatMap((page) => page.items.map(({ slug, publishedAt }) => ({ slug, publishedAt })));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [registry, articles, tags] = await Promise.all([
    listRegistrySlugs(),
    Promise.all(LOCALES.map(allPublished)),
    Promise.all(LOCALES.map(async (locale) => (await listTagCounts(locale)).map((entry) => entry.tag.slug))),
  ]);
  const byLocale = <T,>(lists: T[][]) => perLocale((locale) => lists[LOCALES.indexOf(locale)] ?? []);
  return sitemapEntries(siteUrl(), {
    articles: byLocale(articles),
    tags: byLocale(tags),
    persons: registry.persons,
    cases: registry.cases,
  });
}
