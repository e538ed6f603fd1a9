import { countPublishedByTag, listPublishedArchive, listPublishedYears } from "@rightsdesk/db/public";
import { type ArchiveParams, cacheTags, type Locale } from "@rightsdesk/domain";
import { cachedRead } from "./cached-read";
import { archivePath, withQuery } from "./paths";

// A publication, an unpublication, a tag set on an article or a tag relabelled all refresh the language's listing tag.
const languageTags = (locale: Locale) => [cacheTags.articles(locale)];

/** Every tag with articles in the language and how many: the countries and topics index, the archive's choices. */
export const listTagCounts = cachedRead("tag-counts", countPublishedByTag, languageTags);

export const listArchive = cachedRead("archive", listPublishedArchive, languageTags);

/** The years in which the language has articles, newest first. */
export const listArchiveYears = cachedRead("archive-years", listPublishedYears, languageTags);

/** The address of an archive view: its filters and page, without the defaults. */
export function archiveHref(locale: Locale, params: Omit<ArchiveParams, "page">, page = 1): string {
  return withQuery(archivePath(locale), { country: params.country, topic: params.topic, year: params.year, page: page > 1 ? page : undefined });
}
