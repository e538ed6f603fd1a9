import { searchPersons } from "@rightsdesk/db/editor";
import { can, COUNTRY_CODES, type NameVariant, PERSON_STATUS_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import { ListHeader } from "~/features/shared/ui/list-header";
import { ListPager } from "~/features/shared/ui/list-pager";
import { ListTable, RecordNameCell } from "~/features/shared/ui/list-table";
import { RegistryListFilters } from "~/features/registry/registry-list-filters";
import { countryName } from "~/features/registry/country-name";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "People" };

/** Spellings in other scripts, as the newsroom's sources write them ("Мухтар Аблязов"). */
function otherScripts(variants: readonly NameVariant[]) {
  const names = [...new Set(variants.filter((v) => v.script !== "latin" && v.kind !== "former").map((v) => v.name))];
  return names.length > 0 && <div>{names.join(" · ")}</div>;
}

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
      <ListTable
        rows={persons}
        rowKey={(person) => person.id}
        empty={filtered ? "No one in the registry matches this search. Try another spelling or no country." : "No people in the registry yet. Add the first one with “New person”."}
        columns={[
          { header: "Name", cell: (person) => <RecordNameCell name={person.name} href={`/people/${person.id}`} slug={person.slug}>{otherScripts(person.variants)}</RecordNameCell> },
          { header: "Nationality", cell: (person) => person.nationalities.map(countryName).join(", ") || "—" },
          { header: "Status", cell: (person) => PERSON_STATUS_LABELS[person.status] },
          {
            header: "Visibility",
            cell: (person) => <span className={`badge ${person.confidentiality}`}>{person.confidentiality === "public" ? "Public" : "Internal"}</span>,
          },
        ]}
      />
      <ListPager path="/people" searchParams={raw} next={next} label="More people" />
    </>
  );
}
