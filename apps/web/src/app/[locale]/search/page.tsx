import { ZSearchParams } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { SearchForm } from "~/components/search-form";
import { SearchResults } from "~/components/search-results";
import { messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { localeParam } from "~/lib/locale-param";
import { type SearchParams } from "~/lib/page-param";
import { searchPath } from "~/lib/paths";
import { searchFilters, searchSite } from "~/lib/search";

// Rendered per request: every query is its own page. The filters' choices come from the cache.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  return {
    title: messages(locale).search,
    alternates: { canonical: searchPath(locale), languages: hreflangLinks(everyLanguage(searchPath)) },
    // Result pages are endless variations of the site's own pages: search engines should follow, not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  const query = ZSearchParams.parse(await searchParams);
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
