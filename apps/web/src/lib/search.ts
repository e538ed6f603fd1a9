import { listPublishedYears, listTags } from "@rightsdesk/db";
import { cacheTags, type Locale, type SearchParams } from "@rightsdesk/domain";
import { cachedRead } from "./cached-read";
import { searchPath } from "./paths";

/** The choices of the search's filters: tags (countries and topics) and the years articles were published in. */
export const searchFilters = cachedRead(
  "search-filters",
  async (locale: Locale) => ({ tags: await listTags(), years: await listPublishedYears(locale) }),
  (locale) => [cacheTags.articles(locale), cacheTags.sitemap],
);

/** The address of a search: its query and filters, without the defaults, so that links stay short and shareable. */
export function searchHref(locale: Locale, params: SearchParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.type !== "all") query.set("type", params.type);
  if (params.country) query.set("country", params.country);
  if (params.topic) query.set("topic", params.topic);
  if (params.year) query.set("year", String(params.year));
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${searchPath(locale)}?${search}` : searchPath(locale);
}
