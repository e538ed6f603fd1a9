import { type Locale, type SearchParams } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { searchPath } from "~/lib/paths";
import { searchFilters, searchSite } from "~/lib/search";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

export function searchMetadata(locale: Locale): Metadata {
  return {
    title: messages(locale).search,
    alternates: { canonical: searchPath(locale), languages: hreflangLinks(everyLanguage(searchPath)) },
    // Result pages are endless variations of the site's own pages: search engines should follow, not index them.
    robots: { index: false, follow: true },
  };
}

/** The search form, then the results of the search when there is something to search for. */
export async function SearchPage({ locale, query }: { locale: Locale; query: SearchParams }) {
  const filtered = query.country !== undefined || query.topic !== undefined || query.year !== undefined;
  const [filters, result] = await Promise.all([searchFilters(locale), query.q || filtered ? searchSite(query, locale) : null]);
  const t = messages(locale);
  return (
    <>
      <h1>{t.search}</h1>
      <SearchForm locale={locale} params={query} tags={filters.tags} years={filters.years} />
      {result ? <SearchResults locale={locale} params={query} result={result} /> : <p className="empty-state">{t.searchPrompt}</p>}
    </>
  );
}
