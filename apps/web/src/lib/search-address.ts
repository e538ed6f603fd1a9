import { type Locale, type SearchParams, ZSearchParams } from "@rightsdesk/domain";
import { searchPath } from "./paths";

/**
 * The longest key kept as an address of its own. A longer search (rare: the query alone may be 200 characters of
 * any script) is rendered per request rather than cached, which keeps the cache's keys short.
 */
const SEARCH_KEY_MAX_LENGTH = 200;

/** A search's query and filters, without the defaults and in a fixed order: the same search always reads the same. */
function searchQueryString(params: SearchParams, page = params.page): string {
  const query = new URLSearchParams();
  const values = { q: params.q, type: params.type === "all" ? "" : params.type, country: params.country, topic: params.topic, year: params.year, page: page > 1 ? page : "" };
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== "") query.set(name, String(value));
  return query.toString();
}

/** The address of a search: its query and filters, without the defaults, so that links stay short and shareable. */
export function searchHref(locale: Locale, params: SearchParams, page = params.page): string {
  const query = searchQueryString(params, page);
  return query ? `${searchPath(locale)}?${query}` : searchPath(locale);
}

/**
 * Where a search's results are kept in the page cache: one address segment per search (base64url, so that no
 * character needs escaping), and a search readers repeat is served like any cached page. Null when there is
 * nothing to search for (the search page itself) or when the search is too long to be kept.
 */
export function searchResultsPath(locale: Locale, query: URLSearchParams): string | null {
  const canonical = searchQueryString(ZSearchParams.parse(Object.fromEntries(query)));
  const key = Buffer.from(canonical).toString("base64url");
  if (key === "" || key.length > SEARCH_KEY_MAX_LENGTH) return null;
  return `${searchPath(locale)}/results/${key}`;
}

/** The search a results address holds; a key that is not one of ours reads as an empty search. */
export function searchParamsFromKey(key: string): SearchParams {
  return ZSearchParams.parse(Object.fromEntries(new URLSearchParams(Buffer.from(key, "base64url").toString())));
}
