import { LOCALES, type Locale } from "@rightsdesk/domain";
import { listPublicRegistrySlugs, listPublished } from "@rightsdesk/db";
import { type MetadataRoute } from "next";
import { siteUrl } from "~/lib/site-url";
import { sitemapEntries } from "~/lib/sitemap";

// Built per request like the pages it lists: always current, and a build needs no database.
export const dynamic = "force-dynamic";

/** Every published article in one language, page by page through the public listing. */
async function allPublished(locale: Locale) {
  const first = await listPublished(locale, 1);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => listPublished(locale, i + 2)));
  return [first, ...rest].flatMap((page) => page.items.map(({ slug, publishedAt }) => ({ slug, publishedAt })));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, registry, ...articles] = await Promise.all([siteUrl(), listPublicRegistrySlugs(), ...LOCALES.map(allPublished)]);
  return sitemapEntries(origin, {
    articles: Object.fromEntries(LOCALES.map((locale, i) => [locale, articles[i] ?? []])) as Record<Locale, { slug: string; publishedAt: Date }[]>,
    persons: registry.persons,
    cases: registry.cases,
  });
}
