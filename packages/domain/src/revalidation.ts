import { z } from "zod";
import { type Locale, LOCALES } from "./locale";

/*
 * Cache tags of the public site. Every cached public read carries the tags of what it shows, and a
 * change posts exactly the tags it affects. Pages are addressed by slug, and a page that does not
 * exist yet (a 404 before the first publication) has no id to be tagged with, so tags name slugs.
 */
export const cacheTags = {
  article: (slug: string) => `article:${slug}`,
  /** Every page of one language's listing of articles. */
  articles: (locale: Locale) => `articles:${locale}`,
  /** A tag's pages in every language, and the tag itself. */
  tag: (slug: string) => `tag:${slug}`,
  person: (slug: string) => `person:${slug}`,
  case: (slug: string) => `case:${slug}`,
  /** Every page that shows a media asset: its alt text, caption or transcript changed. */
  media: (assetId: string) => `media:${assetId}`,
  /** Every person and case page: a registry record shows up on the pages of the records it is linked to. */
  registry: "registry",
  sitemap: "sitemap",
} as const;

/** What readers may see of an article: every slug it answered at, and where it is listed or linked. */
export type ArticleFootprint = {
  slugs: readonly string[];
  /** Published languages; the footprint from before a change names a language whose version just left its listing. */
  locales: readonly Locale[];
  tagSlugs: readonly string[];
  personSlugs: readonly string[];
  caseSlugs: readonly string[];
};

/**
 * The tags a change of an article affects. Pass the footprint before and after the change: a tag
 * removed, or a person unlinked, must drop the article from that page too.
 */
export function articleRevalidationTags(...footprints: readonly ArticleFootprint[]): string[] {
  const tags = new Set<string>();
  for (const footprint of footprints) {
    footprint.slugs.forEach((slug) => tags.add(cacheTags.article(slug)));
    footprint.locales.forEach((locale) => tags.add(cacheTags.articles(locale)));
    footprint.tagSlugs.forEach((slug) => tags.add(cacheTags.tag(slug)));
    footprint.personSlugs.forEach((slug) => tags.add(cacheTags.person(slug)));
    footprint.caseSlugs.forEach((slug) => tags.add(cacheTags.case(slug)));
  }
  if (tags.size > 0) tags.add(cacheTags.sitemap);
  return [...tags].sort();
}

/** Any change of a person, case, protection or organisation: each record's page lists those linked to it, and the indexes and sitemap list them all. */
export function registryRevalidationTags(): string[] {
  return [cacheTags.registry, cacheTags.sitemap];
}

/** What readers see of a tag: its slug and the slugs of the articles that carry it. */
export type TagFootprint = { slug: string; articleSlugs: readonly string[] };

/** A tag's label shows on the tag's pages, on every article that carries the tag and in every language's listing. */
export function tagRevalidationTags(footprint: TagFootprint): string[] {
  return [cacheTags.tag(footprint.slug), ...footprint.articleSlugs.map(cacheTags.article), ...LOCALES.map(cacheTags.articles)];
}

/** The header that carries the secret shared by the editor and the public site. */
export const REVALIDATE_SECRET_HEADER = "x-revalidate-secret";

/** What the editor posts to the public site; Next.js refuses tags over 256 characters. */
export const ZRevalidateRequest = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1, "Name at least one tag").max(500),
});
export type RevalidateRequest = z.infer<typeof ZRevalidateRequest>;
