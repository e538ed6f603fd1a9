"use client";

import { type Tag, tagLabel } from "@rightsdesk/domain";
import { useState } from "react";
import { callApi } from "~/lib/api-client";

type Props = { articleId: string; tags: Tag[]; selected: string[]; canEdit: boolean };

const GROUPS = [
  { kind: "country", legend: "Countries" },
  { kind: "topic", legend: "Topics" },
] as const;

/** Tags apply to the article in every language; each change is saved at once. */
export function TagPicker({ articleId, tags, selected, canEdit }: Props) {
  const [chosen, setChosen] = useState(() => new Set(selected));
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function toggle(tagId: string) {
    const previous = chosen;
    const next = new Set(chosen);
    if (next.has(tagId)) next.delete(tagId);
    else next.add(tagId);
    setChosen(next);
    const result = await callApi("PUT", `/api/articles/${articleId}/tags`, { tagIds: [...next] });
    if (result.ok) {
      setMessage({ kind: "ok", text: "Tags saved" });
    } else {
      setChosen(previous);
      setMessage({ kind: "error", text: result.error });
    }
  }

  return (
    <div>
      {GROUPS.map((group) => {
        const ofKind = tags.filter((tag) => tag.kind === group.kind);
        return (
          <fieldset key={group.kind} disabled={!canEdit}>
            <legend>{group.legend}</legend>
            {ofKind.length === 0 ? (
              <p className="save-state">No {group.legend.toLowerCase()} yet.</p>
            ) : (
              <div className="checks">
                {ofKind.map((tag) => (
                  <label key={tag.id}>
                    <input type="checkbox" checked={chosen.has(tag.id)} onChange={() => void toggle(tag.id)} />
                    {tagLabel(tag, "en")}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      {message && (
        <p role="status" className={message.kind === "ok" ? "save-state saved" : "alert error"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
