"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type ApiCall, callDescribed } from "~/features/shared/api-client";
import { FormAlert } from "./form-alert";

type Props = {
  /** The delete of the record. */
  remove: ApiCall<"deleteArticle" | "deletePerson" | "deleteCase" | "deleteOrganisation">;
  /** What is deleted, for the heading and the button: "this person". */
  what: string;
  consequences: string;
  /** Where to go afterwards: the list the record was in. */
  listHref: string;
  /** What remains of the record, said after the consequences. */
  kept?: string;
};

/** Deletes a record after an explicit confirmation. */
export function DeleteRecord({ remove: call, what, consequences, listHref, kept = "The history keeps a copy of the record." }: Props) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function remove() {
    setPending(true);
    const result = await callDescribed(call);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.push(listHref);
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete {what}</h2>
      <p className="save-state">
        {consequences} {kept}
      </p>
      <div className="checks">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          I want to delete {what}
        </label>
      </div>
      <FormAlert message={error} />
      <div className="toolbar-row">
        <button type="button" className="danger" disabled={pending || !confirmed} onClick={() => void remove()}>
          {pending ? "Deleting…" : `Delete ${what}`}
        </button>
      </div>
    </section>
  );
}
