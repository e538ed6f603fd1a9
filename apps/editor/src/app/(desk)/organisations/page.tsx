import { listOrganisations } from "@rightsdesk/db";
import { can, ORGANISATION_KIND_LABELS } from "@rightsdesk/domain";
import Link from "next/link";
import { OrganisationForm } from "~/components/organisation-form";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const [user, organisations] = await Promise.all([requireUser(), listOrganisations()]);
  const canEdit = can(user.role, { kind: "registry.edit" });
  return (
    <>
      <h1>Organisations</h1>
      {organisations.length === 0 ? (
        <p className="empty">No organisations in the registry yet.{canEdit && " Add the first one below."}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Country</th>
              <th scope="col">Website</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  {canEdit ? <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link> : organisation.name}
                  <div className="save-state">/{organisation.slug}</div>
                </td>
                <td>{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
                <td>{organisation.country ?? "—"}</td>
                <td>{organisation.website ? <a href={organisation.website}>{organisation.website}</a> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <OrganisationForm organisation={null} version={0} />}
    </>
  );
}
