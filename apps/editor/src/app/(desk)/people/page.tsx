import { searchPersons } from "@rightsdesk/db/editor";
import { type NameVariant, PERSON_STATUS_LABELS, ZNamedListQuery } from "@rightsdesk/domain";
import { countryName } from "~/features/registry/country-name";
import { RegistryList } from "~/features/registry/server/registry-list";
import { type SearchParams } from "~/features/shared/list-href";
import { RecordNameCell } from "~/features/shared/ui/list-table";

export const metadata = { title: "People" };

/** Spellings in other scripts, as the newsroom's sources write them ("Мухтар Аблязов"). */
function otherScripts(variants: readonly NameVariant[]) {
  const names = [...new Set(variants.filter((v) => v.script !== "latin" && v.kind !== "former").map((v) => v.name))];
  return names.length > 0 && <div>{names.join(" · ")}</div>;
}

const visibility = (confidentiality: "public" | "internal") => <span className={`badge ${confidentiality}`}>{confidentiality === "public" ? "Public" : "Internal"}</span>;

export default function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <RegistryList
      noun="people"
      create="New person"
      searchParams={searchParams}
      parse={(raw) => ZNamedListQuery.parse(raw)}
      search={searchPersons}
      filters={{ searchLabel: "Name (any spelling or script)", countryLabel: "Nationality" }}
      empty={{
        filtered: "No one in the registry matches this search. Try another spelling or no country.",
        none: "No people in the registry yet. Add the first one with “New person”.",
      }}
      columns={[
        { header: "Name", cell: (person) => <RecordNameCell name={person.name} href={`/people/${person.id}`} slug={person.slug}>{otherScripts(person.variants)}</RecordNameCell> },
        { header: "Nationality", cell: (person) => person.nationalities.map(countryName).join(", ") || "—" },
        { header: "Status", cell: (person) => PERSON_STATUS_LABELS[person.status] },
        { header: "Visibility", cell: (person) => visibility(person.confidentiality) },
      ]}
    />
  );
}
