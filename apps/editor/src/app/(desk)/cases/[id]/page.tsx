import { getCaseForEditor, listCaseParticipants, listChanges, listPersons } from "@rightsdesk/db";
import { can } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { CaseForm } from "~/components/case-form";
import { ChangeHistory } from "~/components/change-history";
import { requireUser } from "~/lib/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Case" };

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const [user, editable, participants, persons, changes] = await Promise.all([
    requireUser(),
    getCaseForEditor(id),
    listCaseParticipants(id),
    listPersons(),
    listChanges("case", id),
  ]);
  if (!editable) notFound();
  const canEdit = can(user.role, { kind: "registry.edit" });

  return (
    <>
      <h1>{editable.title.en ?? editable.slug}</h1>
      {!canEdit && <p className="alert info">You can read this case but not change it.</p>}
      <CaseForm editable={editable} participants={participants} persons={persons} canEdit={canEdit} />
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ChangeHistory changes={changes} />
      </section>
    </>
  );
}
