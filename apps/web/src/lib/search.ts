import { listPublishedYears, listTags, searchPublic } from "@rightsdesk/db/public";
import { cacheTags, type Locale, type SearchParams } from "@rightsdesk/domain";
import { cachedRead } from "./cached-read";
import { searchPath, withQuery } from "./paths";

/** The choices of the search's filters: tags (countries and topics) and the years articles were published in. */
export const searchFilters = cachedRead(
  "search-filters",
  async (locale: Locale) => ({ tags: await listTags(), years: await listPublishedYears(locale) }),
  (locale) => [cacheTags.articles(locale), cacheTags.sitemap],
);

/**
 * A search's results, kept per query and language until a publication in that language or a registry change:
 * readers repeat the searches of the day (a name in the news), and each one read afresh costs a ranking query
 * and a pass over the registry, which under load queued searches behind each other until they timed out.
 */
export const searchSite = cachedRead("search", searchPublic, (_params, locale) => [cacheTags.articles(locale), cacheTags.registry]);

/** The address of a search: its query and filters, without the defaults, so that links stay short and shareable. */
export function searchHref(locale: Locale, params: SearchParams, page = params.page): string {
  return withQuery(searchPath(locale), {
    q: params.q,
    type: params.type === "all" ? undefined : params.type,
    country: params.country,
    topic: params.topic,
    year: params.year,
    page: page > 1 ? page : undefined,
  });
}
