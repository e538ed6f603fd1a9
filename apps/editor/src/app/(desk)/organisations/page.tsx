import { searchOrganisations } from "@rightsdesk/db/editor";
import { can, COUNTRY_CODES, ORGANISATION_KIND_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import { ListPager } from "~/features/shared/ui/list-pager";
import { ListTable, RecordNameCell } from "~/features/shared/ui/list-table";
import { OrganisationForm } from "~/features/registry/organisation-form";
import { RegistryListFilters } from "~/features/registry/registry-list-filters";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Organisations" };

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const query = ZNamedListQuery.parse(raw);
  const [user, { items: organisations, next }] = await Promise.all([requireUser(), searchOrganisations(query)]);
  const canEdit = can(user.role, { kind: "registry.edit" });
  const filtered = Boolean(query.q || query.country);
  return (
    <>
      <h1>Organisations</h1>
      <RegistryListFilters action="/organisations" noun="organisations" searchLabel="Name" countryLabel="Country" query={query} countries={COUNTRY_CODES} />
      <ListTable
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        empty={
          filtered ? "No organisation matches this search. Try another spelling or no country." : <>No organisations in the registry yet.{canEdit && " Add the first one below."}</>
        }
        columns={[
          {
            header: "Name",
            cell: (organisation) => <RecordNameCell name={organisation.name} href={canEdit ? `/organisations/${organisation.id}` : null} slug={organisation.slug} />,
          },
          { header: "Kind", cell: (organisation) => ORGANISATION_KIND_LABELS[organisation.kind] },
          { header: "Country", cell: (organisation) => organisation.country ?? "—" },
          { header: "Website", cell: (organisation) => (organisation.website ? <a href={organisation.website}>{organisation.website}</a> : "—") },
        ]}
      />
      <ListPager path="/organisations" searchParams={raw} next={next} label="More organisations" />
      {canEdit && <OrganisationForm organisation={null} version={0} />}
    </>
  );
}
