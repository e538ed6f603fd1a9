import { getOrganisation, listChanges } from "@rightsdesk/db/editor";
import { can } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { ChangeHistory } from "~/features/registry/change-history";
import { DeleteRecord } from "~/features/shared/ui/delete-record";
import { OrganisationForm } from "~/features/registry/organisation-form";
import { requireUser } from "~/features/shared/server/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Organisation" };

export default async function OrganisationPage({ params }: Props) {
  const { id } = await params;
  const [user, organisation, changes] = await Promise.all([requireUser(), getOrganisation(id), listChanges("organisation", id)]);
  if (!organisation) notFound();
  if (!can(user.role, { kind: "registry.edit" })) {
    return <p className="alert error">Only editors and admins may change organisations.</p>;
  }
  const { version, ...fields } = organisation;
  return (
    <>
      <h1>{organisation.name}</h1>
      <OrganisationForm organisation={fields} version={version} />
      <DeleteRecord remove={{ endpoint: "deleteOrganisation", params: { id: organisation.id } }} listHref="/organisations" what="this organisation" consequences="Nothing else refers to it yet." />
      <ChangeHistory changes={changes} />
    </>
  );
}
