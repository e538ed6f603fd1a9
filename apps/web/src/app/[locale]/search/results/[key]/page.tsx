import { type Metadata } from "next";
import { SearchPage, searchMetadata } from "~/components/search-page";
import { localeParam } from "~/lib/locale-param";
import { searchParamsFromKey } from "~/lib/search-address";

type Props = { params: Promise<{ locale: string; key: string }> };

// A search's results, which the proxy serves for `/{locale}/search?q=…`: rendered on the first search, then kept
// like any page until a publication in the language or a registry change revalidates its reads (see
// lib/search.ts). Readers repeat the searches of the day; rendered per request, a busy search page fell behind
// every other page until its readers timed out (bench:load).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(localeParam((await params).locale));
}

export default async function SearchResultsRoute({ params }: Props) {
  const { locale, key } = await params;
  return <SearchPage locale={localeParam(locale)} query={searchParamsFromKey(key)} />;
}
