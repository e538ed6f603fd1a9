import { listOrganisations } from "@rightsdesk/db";
import { can, ORGANISATION_KIND_LABELS } from "@rightsdesk/domain";
import { ListTable, RecordNameCell } from "~/components/list-table";
import { OrganisationForm } from "~/components/organisation-form";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const [user, organisations] = await Promise.all([requireUser(), listOrganisations()]);
  const canEdit = can(user.role, { kind: "registry.edit" });
  return (
    <>
      <h1>Organisations</h1>
      <ListTable
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        empty={<>No organisations in the registry yet.{canEdit && " Add the first one below."}</>}
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
      {canEdit && <OrganisationForm organisation={null} version={0} />}
    </>
  );
}
