import { listPublicProtections } from "@rightsdesk/db/public";
import { type Metadata } from "next";
import { CountryProtectionFilter } from "~/components/country-protection-filter";
import { EmptyState } from "~/components/empty-state";
import { ProtectionsChart } from "~/components/protections-chart";
import { ProtectionsTable } from "~/components/protections-table";
import { messages } from "~/i18n/messages";
import { registryLabels } from "~/i18n/registry-labels";
import { countryName, sortByCountry } from "~/lib/country-name";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { type SearchParams } from "~/lib/page-param";
import { protectionsPath } from "~/lib/paths";
import { protectionFilterParam } from "~/lib/protection-filter";

// Rendered per request: a correction in the registry shows up at once, and a build needs no database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return indexMetadata(params, protectionsPath, (t) => ({ title: t.protections, description: t.protectionsDescription }));
}

export default async function ProtectionsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  const filter = protectionFilterParam(await searchParams);
  const filtered = filter.state !== undefined || filter.type !== undefined;
  // The unfiltered list gives the state choices, so that a filtered view can be changed to any state.
  const [all, rows] = await Promise.all([listPublicProtections(), filtered ? listPublicProtections(filter) : null]);
  // By the state's name in the reader's language; within a state, the data layer's order by year.
  const shown = sortByCountry(rows ?? all, (row) => row.grantingState, locale);
  const t = messages(locale);
  const labels = registryLabels(locale);
  const caption = [
    t.protections,
    filter.state ? countryName(filter.state, locale) : null,
    filter.type ? labels.protectionType[filter.type] : null,
  ]
    .filter(Boolean)
    .join(" — ");
  return (
    <>
      <h1>{t.protections}</h1>
      <p className="page-intro">{t.protectionsDescription}</p>
      <CountryProtectionFilter
        locale={locale}
        action={protectionsPath(locale)}
        id="protections"
        country={{ name: "state", label: t.filterState, any: t.allStates, value: filter.state, countries: all.map((row) => row.grantingState) }}
        protection={{ name: "type", label: t.filterType, any: t.allTypes, value: filter.type }}
      />
      {shown.length === 0 ? (
        <EmptyState message={t.noProtections} showAll={filtered ? { href: protectionsPath(locale), label: t.showAllProtections } : null} />
      ) : (
        <>
          <ProtectionsTable rows={shown} locale={locale} caption={caption} variant="registry" />
          <ProtectionsChart rows={shown} locale={locale} />
        </>
      )}
    </>
  );
}
