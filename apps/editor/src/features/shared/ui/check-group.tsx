"use client";

import { useState } from "react";
import { type ApiResult } from "~/features/shared/api-client";

export type CheckOption = { id: string; label: string };

type Props = { legend: string; empty: string; options: readonly CheckOption[]; checked: (id: string) => boolean; onToggle: (id: string) => void; disabled: boolean };

/** One fieldset of checkboxes of an article's picker (countries, topics, people, cases). */
export function CheckGroup({ legend, empty, options, checked, onToggle, disabled }: Props) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="save-state">{empty}</p>
      ) : (
        <div className="checks">
          {options.map((option) => (
            <label key={option.id}>
              <input type="checkbox" checked={checked(option.id)} onChange={() => onToggle(option.id)} />
              {option.label}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

type Message = { kind: "ok" | "error"; text: string };

/**
 * A choice saved at once on every change: shown changed right away, and changed back with the server's
 * reason if the save fails. `status` says how the last save went.
 */
export function useSavedChoice<T>(initial: T, save: (next: T) => Promise<ApiResult<unknown>>, savedText: string) {
  const [value, setValue] = useState(initial);
  const [message, setMessage] = useState<Message | null>(null);

  async function change(next: T) {
    const previous = value;
    setValue(next);
    const result = await save(next);
    if (result.ok) {
      setMessage({ kind: "ok", text: savedText });
    } else {
      setValue(previous);
      setMessage({ kind: "error", text: result.error });
    }
  }

  const status = message && (
    <p role="status" className={message.kind === "ok" ? "save-state saved" : "alert error"}>
      {message.text}
    </p>
  );
  return { value, change, status };
}
