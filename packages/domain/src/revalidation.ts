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
  /** Every list of registry records: the indexes, search results and old addresses of renamed or merged records. */
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

/**
 * Where registry records show up beyond the lists of them: their own pages, the pages of the records linked to
 * them (a person's cases and relatives, a case's people), and the published articles whose text mentions them.
 */
export type RegistryFootprint = { personSlugs: readonly string[]; caseSlugs: readonly string[]; articleSlugs: readonly string[] };

/**
 * The tags a change of a person, case, protection or organisation affects: the lists of records and the sitemap
 * (any change may add, rename or remove a line), and the pages in the footprints. Pass the footprint before and
 * after the change: a person who leaves a case, or a renamed slug, must drop from the page they were on too.
 */
export function registryRevalidationTags(...footprints: readonly RegistryFootprint[]): string[] {
  const tags = new Set<string>([cacheTags.registry, cacheTags.sitemap]);
  for (const footprint of footprints) {
    footprint.personSlugs.forEach((slug) => tags.add(cacheTags.person(slug)));
    footprint.caseSlugs.forEach((slug) => tags.add(cacheTags.case(slug)));
    footprint.articleSlugs.forEach((slug) => tags.add(cacheTags.article(slug)));
  }
  return [...tags].sort();
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
