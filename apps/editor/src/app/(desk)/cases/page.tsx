import { searchCases } from "@rightsdesk/db/editor";
import { can, CASE_KIND_LABELS, CASE_STATUS_LABELS, COUNTRY_CODES, SOURCE_LOCALE, ZCaseListQuery } from "@rightsdesk/domain";
import { ListHeader } from "~/features/shared/ui/list-header";
import { ListPager } from "~/features/shared/ui/list-pager";
import { ListTable, RecordNameCell } from "~/features/shared/ui/list-table";
import { RegistryListFilters } from "~/features/registry/registry-list-filters";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Cases" };

type Props = { searchParams: Promise<SearchParams> };

export default async function CasesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = ZCaseListQuery.parse(raw);
  const [user, { items: cases, next }] = await Promise.all([requireUser(), searchCases(query)]);
  return (
    <>
      <ListHeader
        title="Cases"
        create={can(user.role, { kind: "registry.edit" }) ? { href: "/cases/new", label: "New case" } : null}
      />
      <RegistryListFilters action="/cases" noun="cases" searchLabel="Title (any language)" countryLabel="State involved" query={query} countries={COUNTRY_CODES} />
      <ListTable
        rows={cases}
        rowKey={(item) => item.id}
        empty={query.q || query.country ? "No case matches this search. Try other words or no country." : "No cases in the registry yet. Add the first one with “New case”."}
        columns={[
          { header: "Title", cell: (item) => <RecordNameCell name={item.title[SOURCE_LOCALE] ?? item.slug} href={`/cases/${item.id}`} slug={item.slug} /> },
          { header: "Kind", cell: (item) => CASE_KIND_LABELS[item.kind] },
          { header: "Status", cell: (item) => CASE_STATUS_LABELS[item.status] },
        ]}
      />
      <ListPager path="/cases" searchParams={raw} next={next} label="More cases" />
    </>
  );
}
