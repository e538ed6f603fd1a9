import { listPersons } from "@rightsdesk/db";
import { can, PERSON_STATUS_LABELS } from "@rightsdesk/domain";
import Link from "next/link";
import { ListHeader } from "~/components/list-header";
import { requireUser } from "~/lib/session";

export const metadata = { title: "People" };

export default async function PeoplePage() {
  const [user, persons] = await Promise.all([requireUser(), listPersons()]);
  return (
    <>
      <ListHeader
        title="People"
        create={can(user.role, { kind: "registry.edit" }) ? { href: "/people/new", label: "New person" } : null}
      />
      {persons.length === 0 ? (
        <p className="empty">No people in the registry yet. Add the first one with “New person”.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Visibility</th>
            </tr>
          </thead>
          <tbody>
            {persons.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/people/${person.id}`}>{person.name}</Link>
                  <div className="save-state">/{person.slug}</div>
                </td>
                <td>{PERSON_STATUS_LABELS[person.status]}</td>
                <td>
                  <span className={`badge ${person.confidentiality}`}>{person.confidentiality === "public" ? "Public" : "Internal"}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
