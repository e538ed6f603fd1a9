import { searchCases } from "@rightsdesk/db/editor";
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, SOURCE_LOCALE, ZCaseListQuery } from "@rightsdesk/domain";
import { RegistryList } from "~/features/registry/server/registry-list";
import { type SearchParams } from "~/features/shared/list-href";
import { RecordNameCell } from "~/features/shared/ui/list-table";

export const metadata = { title: "Cases" };

export default function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <RegistryList
      noun="cases"
      create="New case"
      searchParams={searchParams}
      parse={(raw) => ZCaseListQuery.parse(raw)}
      search={searchCases}
      filters={{ searchLabel: "Title (any language)", countryLabel: "State involved" }}
      empty={{ filtered: "No case matches this search. Try other words or no country.", none: "No cases in the registry yet. Add the first one with “New case”." }}
      columns={[
        { header: "Title", cell: (item) => <RecordNameCell name={item.title[SOURCE_LOCALE] ?? item.slug} href={`/cases/${item.id}`} slug={item.slug} /> },
        { header: "Kind", cell: (item) => CASE_KIND_LABELS[item.kind] },
        { header: "Status", cell: (item) => CASE_STATUS_LABELS[item.status] },
      ]}
    />
  );
}
