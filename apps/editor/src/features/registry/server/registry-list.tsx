import "server-only";
import { can, COUNTRY_CODES, type ListPage, type RegistryListQuery } from "@rightsdesk/domain";
import { type ReactNode } from "react";
import { RegistryListFilters } from "~/features/registry/registry-list-filters";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";
import { ListHeader } from "~/features/shared/ui/list-header";
import { ListPager } from "~/features/shared/ui/list-pager";
import { type ListColumn, ListTable } from "~/features/shared/ui/list-table";

type Props<Q extends RegistryListQuery, T> = {
  /** What the list holds ("people", "cases"): its heading, its address, and the form's and the pager's names. */
  noun: string;
  /** The "New …" button's label, shown to those who may edit the registry; null where records are added otherwise. */
  create: string | null;
  searchParams: Promise<SearchParams>;
  parse: (raw: SearchParams) => Q;
  search: (query: Q) => Promise<ListPage<T>>;
  filters: { searchLabel: string; countryLabel: string };
  columns: readonly ListColumn<T>[];
  /** Said instead of the table: when a search finds nothing, and when the registry holds none yet. */
  empty: { filtered: ReactNode; none: ReactNode };
};

/** A registry list page: its heading, the search by name and country, one page of records and the way on. */
export async function RegistryList<Q extends RegistryListQuery, T extends { id: string }>(props: Props<Q, T>) {
  const { noun, create, parse, search, filters, columns, empty } = props;
  const raw = await props.searchParams;
  const query = parse(raw);
  const [user, page] = await Promise.all([requireUser(), search(query)]);
  const path = `/${noun}`;
  return (
    <>
      <ListHeader
        title={noun.charAt(0).toUpperCase() + noun.slice(1)}
        create={create && can(user.role, { kind: "registry.edit" }) ? { href: `${path}/new`, label: create } : null}
      />
      <RegistryListFilters action={path} noun={noun} searchLabel={filters.searchLabel} countryLabel={filters.countryLabel} query={query} countries={COUNTRY_CODES} />
      <ListTable rows={page.items} rowKey={(row) => row.id} empty={query.q || query.country ? empty.filtered : empty.none} columns={columns} />
      <ListPager path={path} searchParams={raw} next={page.next} label={`More ${noun}`} />
    </>
  );
}
