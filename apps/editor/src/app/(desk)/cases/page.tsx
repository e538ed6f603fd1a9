import { listCases } from "@rightsdesk/db";
import { can, CASE_KIND_LABELS, CASE_STATUS_LABELS } from "@rightsdesk/domain";
import Link from "next/link";
import { ListHeader } from "~/components/list-header";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Cases" };

export default async function CasesPage() {
  const [user, cases] = await Promise.all([requireUser(), listCases()]);
  return (
    <>
      <ListHeader
        title="Cases"
        create={can(user.role, { kind: "registry.edit" }) ? { href: "/cases/new", label: "New case" } : null}
      />
      {cases.length === 0 ? (
        <p className="empty">No cases in the registry yet. Add the first one with “New case”.</p>
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
    </>
  );
}
