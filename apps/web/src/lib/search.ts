import { listPublishedYears, listTags } from "@rightsdesk/db/public";
import { cacheTags, type Locale, type SearchParams } from "@rightsdesk/domain";
import { cachedRead } from "./cached-read";
import { searchPath, withQuery } from "./paths";

/** The choices of the search's filters: tags (countries and topics) and the years articles were published in. */
export const searchFilters = cachedRead(
  "search-filters",
  async (locale: Locale) => ({ tags: await listTags(), years: await listPublishedYears(locale) }),
  (locale) => [cacheTags.articles(locale), cacheTags.sitemap],
);

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
