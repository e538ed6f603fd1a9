"use client";

import { type ExposedItem } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { type PersonChoice, PersonSearchSelect } from "~/features/shared/ui/person-search-select";

type Props = { survivor: { id: string; name: string } };

type Preview = { duplicateId: string; exposed: ExposedItem[] };

/**
 * Folds a second record of the same person into this one; the duplicate is gone afterwards, so it asks first.
 * When an internal record would be merged into a public one, it lists what would become public and needs a second, explicit yes.
 */
export function MergePersonForm({ survivor }: Props) {
  const router = useRouter();
  const [duplicate, setDuplicate] = useState<PersonChoice | null>(null);
  const duplicateId = duplicate?.id ?? "";
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [publishConfirmed, setPublishConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    setPreview(null);
    setPublishConfirmed(false);
    if (!duplicateId) return;
    let current = true;
    void callApi("previewPersonMerge", { params: { id: survivor.id }, query: { duplicateId } }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview({ duplicateId, exposed: result.data.exposed });
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [duplicateId, survivor.id]);

  const exposed = preview?.duplicateId === duplicateId ? preview.exposed : null;
  const ready = exposed !== null && confirmed && (exposed.length === 0 || publishConfirmed);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ready) return;
    setPending(true);
    const body = { duplicateId, ...(exposed.length > 0 && { publish: exposed }) };
    const result = await callApi("mergePersons", { params: { id: survivor.id }, body });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDuplicate(null);
    setConfirmed(false);
    setError(null);
    router.push(`/people/${result.data.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a duplicate into this person</h2>
      <p className="save-state">Its names, nationalities, roles, protections, cases and article links move here; the duplicate record is removed.</p>
      <PersonSearchSelect
        id="duplicate"
        label="Duplicate person"
        value={duplicate}
        exclude={survivor.id}
        byConfidentiality
        onChange={(person) => {
          setError(null);
          setDuplicate(person);
        }}
      />
      {/* Kept in place from the choice to the answer, so that the checkbox below does not move under a pointer
          reaching for it when the answer comes, and a screen reader hears both. */}
      <p className="save-state" role="status">
        {duplicateId && !error && (exposed === null ? "Checking what the merge would make public…" : exposed.length === 0 && "Nothing of the duplicate would become public.")}
      </p>
      {exposed && exposed.length > 0 && (
        <section className="alert error" aria-labelledby="merge-exposure-heading">
          <h3 id="merge-exposure-heading">This would make internal details public</h3>
          <p>
            The duplicate is internal and {survivor.name} is public. After the merge, readers of {survivor.name}&rsquo;s page would see:
          </p>
          <ul>
            {exposed.map((item, i) => (
              <li key={i}>
                <strong>{item.what}:</strong> {item.detail}
              </li>
            ))}
          </ul>
          <p>To keep them internal, merge the other way round (open the internal record and merge this one into it), or edit the duplicate first.</p>
          <div className="checks">
            <label>
              <input type="checkbox" checked={publishConfirmed} onChange={(e) => setPublishConfirmed(e.target.checked)} />
              Make these details public
            </label>
          </div>
        </section>
      )}
      <div className="checks">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          I have checked that both records are the same person
        </label>
      </div>
      <FormAlert message={error} />
      <div className="toolbar-row">
        <button type="submit" className="danger" disabled={pending || !ready}>
          {pending ? "Merging…" : "Merge into this person"}
        </button>
      </div>
    </form>
  );
}
