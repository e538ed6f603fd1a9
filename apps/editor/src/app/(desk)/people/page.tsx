import { searchPersons } from "@rightsdesk/db";
import { can, COUNTRY_CODES, PERSON_STATUS_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { ListHeader } from "~/components/list-header";
import { ListPager } from "~/components/list-pager";
import { RegistryListFilters } from "~/components/registry-list-filters";
import { countryName } from "~/lib/country-name";
import { type SearchParams } from "~/lib/list-href";
import { requireUser } from "~/lib/session";

export const metadata = { title: "People" };

type Props = { searchParams: Promise<SearchParams> };

export default async function PeoplePage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = ZNamedListQuery.parse(raw);
  const [user, { items: persons, next }] = await Promise.all([requireUser(), searchPersons(query)]);
  const filtered = Boolean(query.q || query.country);
  return (
    <>
      <ListHeader
        title="People"
        create={can(user.role, { kind: "registry.edit" }) ? { href: "/people/new", label: "New person" } : null}
      />
      <RegistryListFilters action="/people" noun="people" searchLabel="Name (any spelling or script)" countryLabel="Nationality" query={query} countries={COUNTRY_CODES} />
      {persons.length === 0 ? (
        <p className="empty">
          {filtered ? "No one in the registry matches this search. Try another spelling or no country." : "No people in the registry yet. Add the first one with “New person”."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Nationality</th>
              <th scope="col">Status</th>
              <th scope="col">Visibility</th>
            </tr>
          </thead>
          <tbody>
            {persons.map((person) => {
              // Spellings in other scripts, as the newsroom's sources write them ("Мухтар Аблязов").
              const otherScripts = [...new Set(person.variants.filter((v) => v.script !== "latin" && v.kind !== "former").map((v) => v.name))];
              return (
                <tr key={person.id}>
                  <td>
                    <Link href={`/people/${person.id}`}>{person.name}</Link>
                    {otherScripts.length > 0 && <div>{otherScripts.join(" · ")}</div>}
                    <div className="save-state">/{person.slug}</div>
                  </td>
                  <td>{person.nationalities.map(countryName).join(", ") || "—"}</td>
                  <td>{PERSON_STATUS_LABELS[person.status]}</td>
                  <td>
                    <span className={`badge ${person.confidentiality}`}>{person.confidentiality === "public" ? "Public" : "Internal"}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ListPager path="/people" searchParams={raw} next={next} label="More people" />
    </>
  );
}
