"use client";

import { useState } from "react";
import { callApi } from "~/lib/api-client";

type Option = { id: string; label: string };
type Links = { personIds: string[]; caseIds: string[] };
type Props = { articleId: string; persons: Option[]; cases: Option[]; selected: Links; canEdit: boolean };

const GROUPS = [
  { field: "personIds", legend: "People", empty: "No people in the registry yet." },
  { field: "caseIds", legend: "Cases", empty: "No cases in the registry yet." },
] as const;

/** The people and cases a story reports, for every language of it; like tags, each change is saved at once. */
export function RegistryLinksPicker({ articleId, persons, cases, selected, canEdit }: Props) {
  const [links, setLinks] = useState<Links>(selected);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const options = { personIds: persons, caseIds: cases };

  async function toggle(field: keyof Links, id: string) {
    const previous = links;
    const ids = links[field].includes(id) ? links[field].filter((other) => other !== id) : [...links[field], id];
    const next = { ...links, [field]: ids };
    setLinks(next);
    const result = await callApi("PUT", `/api/articles/${articleId}/registry-links`, next);
    if (result.ok) {
      setMessage({ kind: "ok", text: "People and cases saved" });
    } else {
      setLinks(previous);
      setMessage({ kind: "error", text: result.error });
    }
  }

  const count = links.personIds.length + links.caseIds.length;
  // Closed at first: the long lists stay out of the way of the tags, which are used on every story.
  return (
    <details>
      <summary className="label">
        People and cases in this story ({count} linked)
      </summary>
      {GROUPS.map((group) => (
        <fieldset key={group.field} disabled={!canEdit}>
          <legend>{group.legend}</legend>
          {options[group.field].length === 0 ? (
            <p className="save-state">{group.empty}</p>
          ) : (
            <div className="checks">
              {options[group.field].map((option) => (
                <label key={option.id}>
                  <input type="checkbox" checked={links[group.field].includes(option.id)} onChange={() => void toggle(group.field, option.id)} />
                  {option.label}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      ))}
      {message && (
        <p role="status" className={message.kind === "ok" ? "save-state saved" : "alert error"}>
          {message.text}
        </p>
      )}
    </details>
  );
}
