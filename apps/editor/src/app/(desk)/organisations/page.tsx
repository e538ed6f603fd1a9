import { searchOrganisations } from "@rightsdesk/db";
import { can, COUNTRY_CODES, ORGANISATION_KIND_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { ListPager } from "~/components/list-pager";
import { OrganisationForm } from "~/components/organisation-form";
import { RegistryListFilters } from "~/components/registry-list-filters";
import { type SearchParams } from "~/lib/list-href";
import { requireUser } from "~/lib/session";

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
      {organisations.length === 0 ? (
        <p className="empty">
          {filtered ? "No organisation matches this search. Try another spelling or no country." : <>No organisations in the registry yet.{canEdit && " Add the first one below."}</>}
        </p>
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
      <ListPager path="/organisations" searchParams={raw} next={next} label="More organisations" />
      {canEdit && <OrganisationForm organisation={null} version={0} />}
    </>
  );
}
