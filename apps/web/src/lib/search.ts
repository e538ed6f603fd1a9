import { listPublishedYears, listTags, searchPublic } from "@rightsdesk/db/public";
import { cacheTags, type Locale } from "@rightsdesk/domain";
import { cachedRead } from "./cached-read";

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
