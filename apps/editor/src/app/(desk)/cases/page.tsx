import { searchCases } from "@rightsdesk/db";
import { can, CASE_KIND_LABELS, CASE_STATUS_LABELS, COUNTRY_CODES, ZCaseListQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { ListHeader } from "~/components/list-header";
import { ListPager } from "~/components/list-pager";
import { RegistryListFilters } from "~/components/registry-list-filters";
import { type SearchParams } from "~/lib/list-href";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Cases" };

type Props = { searchParams: Promise<SearchParams> };

export default async function CasesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = ZCaseListQuery.parse(raw);
  const [user, { items: cases, next }] = await Promise.all([requireUser(), searchCases(query)]);
  return (
    <>
      <ListHeader
        title="Cases"
        create={can(user.role, { kind: "registry.edit" }) ? { href: "/cases/new", label: "New case" } : null}
      />
      <RegistryListFilters action="/cases" noun="cases" searchLabel="Title (any language)" countryLabel="State involved" query={query} countries={COUNTRY_CODES} />
      {cases.length === 0 ? (
        <p className="empty">
          {query.q || query.country ? "No case matches this search. Try other words or no country." : "No cases in the registry yet. Add the first one with “New case”."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/cases/${item.id}`}>{item.title.en ?? item.slug}</Link>
                  <div className="save-state">/{item.slug}</div>
                </td>
                <td>{CASE_KIND_LABELS[item.kind]}</td>
                <td>{CASE_STATUS_LABELS[item.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager path="/cases" searchParams={raw} next={next} label="More cases" />
    </>
  );
}
