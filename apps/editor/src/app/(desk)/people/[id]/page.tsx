import { getPersonForEditor, listChanges, listPersons, listProtectionsOfPerson } from "@rightsdesk/db";
import { can } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { ChangeHistory } from "~/components/change-history";
import { MergePersonForm } from "~/components/merge-person-form";
import { PersonForm } from "~/components/person-form";
import { ProtectionsEditor } from "~/components/protections-editor";
import { requireUser } from "~/lib/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Person" };

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const [user, person, protections, changes, persons] = await Promise.all([
    requireUser(),
    getPersonForEditor(id),
    listProtectionsOfPerson(id),
    listChanges("person", id),
    listPersons(),
  ]);
  if (!person) notFound();
  const canEdit = can(user.role, { kind: "registry.edit" });
  const { version, ...fields } = person;
  const merges = changes.filter((change) => change.action === "merge").length;

  return (
    <>
      <h1>{person.name}</h1>
      {!canEdit && <p className="alert info">You can read this person but not change them.</p>}
      {/* A merge changes the person behind the editor's back: the form then starts again from what the server holds. */}
      <PersonForm key={merges} person={fields} version={version} canEdit={canEdit} />
      <section className="card" aria-labelledby="protections-heading">
        <h2 id="protections-heading">Protections</h2>
        <ProtectionsEditor personId={person.id} protections={protections} canEdit={canEdit} />
      </section>
      {canEdit && (
        <section className="card">
          <MergePersonForm survivorId={person.id} others={persons.filter((other) => other.id !== person.id)} />
        </section>
      )}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ChangeHistory changes={changes} />
      </section>
    </>
  );
}
