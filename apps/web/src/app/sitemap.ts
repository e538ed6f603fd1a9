import { LOCALES, type Locale } from "@rightsdesk/domain";
import { type MetadataRoute } from "next";
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
  const [registry, ...articles] = await Promise.all([listRegistrySlugs(), ...LOCALES.map(allPublished)]);
  const origin = siteUrl();
  return sitemapEntries(origin, {
    articles: Object.fromEntries(LOCALES.map((locale, i) => [locale, articles[i] ?? []])) as Record<Locale, { slug: string; publishedAt: Date }[]>,
    persons: registry.persons,
    cases: registry.cases,
  });
}
