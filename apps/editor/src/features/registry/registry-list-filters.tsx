import { type RegistryListQuery, SEARCH_QUERY_MAX_LENGTH } from "@rightsdesk/domain";
import Link from "next/link";
import { countryName } from "~/features/registry/country-name";
import { FilterSelect } from "~/features/shared/ui/filter-select";

type Props = {
  /** The list's own address, which the form submits to. */
  action: string;
  /** What the list holds, for the form's name and labels ("people", "cases"). */
  noun: string;
  searchLabel: string;
  countryLabel: string;
  query: RegistryListQuery;
  countries: readonly string[];
};

/** A plain GET form over a registry list: a name in any script and a country, in the address so a link can be shared. */
export function RegistryListFilters({ action, noun, searchLabel, countryLabel, query, countries }: Props) {
  const sorted = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), "en"));
  return (
    <form className="toolbar-row list-filters" method="get" action={action} role="search" aria-label={`Search ${noun}`}>
      <label htmlFor={`${noun}-q`}>{searchLabel}</label>
      <input id={`${noun}-q`} type="search" name="q" defaultValue={query.q} maxLength={SEARCH_QUERY_MAX_LENGTH} />
      <FilterSelect
        id={`${noun}-country`}
        name="country"
        label={countryLabel}
        value={query.country}
        any="Any country"
        options={sorted.map((code) => ({ value: code, label: countryName(code) }))}
      />
      <button type="submit">Search</button>
      {(query.q || query.country) && <Link href={action}>Show all {noun}</Link>}
    </form>
  );
}
