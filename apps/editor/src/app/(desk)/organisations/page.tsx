import { searchOrganisations } from "@rightsdesk/db/editor";
import { can, ORGANISATION_KIND_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import { OrganisationForm } from "~/features/registry/organisation-form";
import { RegistryList } from "~/features/registry/server/registry-list";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";
import { RecordNameCell } from "~/features/shared/ui/list-table";

export const metadata = { title: "Organisations" };

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const canEdit = can((await requireUser()).role, { kind: "registry.edit" });
  const website = (address: string | null) => (address ? <a href={address}>{address}</a> : "—");
  return (
    <>
      {/* Organisations are added with the form under the list, not on a page of their own. */}
      <RegistryList
        noun="organisations"
        create={null}
        searchParams={searchParams}
        parse={(raw) => ZNamedListQuery.parse(raw)}
        search={searchOrganisations}
        filters={{ searchLabel: "Name", countryLabel: "Country" }}
        empty={{ filtered: "No organisation matches this search. Try another spelling or no country.", none: <>No organisations in the registry yet.{canEdit && " Add the first one below."}</> }}
        columns={[
          { header: "Name", cell: (item) => <RecordNameCell name={item.name} href={canEdit ? `/organisations/${item.id}` : null} slug={item.slug} /> },
          { header: "Kind", cell: (item) => ORGANISATION_KIND_LABELS[item.kind] },
          { header: "Country", cell: (item) => item.country ?? "—" },
          { header: "Website", cell: (item) => website(item.website) },
        ]}
      />
      {canEdit && <OrganisationForm organisation={null} version={0} />}
    </>
  );
}
