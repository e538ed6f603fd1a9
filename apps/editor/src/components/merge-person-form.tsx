"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/lib/api-client";
import { FormAlert } from "./form-alert";

type Props = { survivorId: string; others: { id: string; name: string }[] };

/** Folds a second record of the same person into this one; the duplicate is gone afterwards, so it asks first. */
export function MergePersonForm({ survivorId, others }: Props) {
  const router = useRouter();
  const [duplicateId, setDuplicateId] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await callApi<{ id: string }>("POST", `/api/people/${survivorId}/merge`, { duplicateId });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDuplicateId("");
    setConfirmed(false);
    setError(null);
    router.push(`/people/${result.data.id}`);
    router.refresh();
  }

  if (others.length === 0) return <p className="save-state">There is no other person to merge.</p>;
  return (
    <form onSubmit={onSubmit} aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a duplicate into this person</h2>
      <p className="save-state">Its names, nationalities, roles, protections, cases and article links move here; the duplicate record is removed.</p>
      <label htmlFor="duplicate">Duplicate person</label>
      <select id="duplicate" value={duplicateId} onChange={(e) => setDuplicateId(e.target.value)}>
        <option value="">Choose a person…</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
      <div className="checks">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          I have checked that both records are the same person
        </label>
      </div>
      <FormAlert message={error} />
      <div className="toolbar-row">
        <button type="submit" className="danger" disabled={pending || !duplicateId || !confirmed}>
          {pending ? "Merging…" : "Merge into this person"}
        </button>
      </div>
    </form>
  );
}
