import { ZSearchParams } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { SearchPage, searchMetadata } from "~/components/search-page";
import { localeParam } from "~/lib/locale-param";
import { type SearchParams } from "~/lib/page-param";

// Rendered per request for what the proxy does not send to the cached results (search/results/[key]): the empty
// search form, and searches too long to be kept under their own address.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return searchMetadata(localeParam((await params).locale));
}

export default async function SearchRoute({ params, searchParams }: Props) {
  return <SearchPage locale={localeParam((await params).locale)} query={ZSearchParams.parse(await searchParams)} />;
}
