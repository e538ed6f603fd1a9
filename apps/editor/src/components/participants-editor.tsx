"use client";

import { PARTICIPANT_ROLE_LABELS, PARTICIPANT_ROLES, type ParticipantRole } from "@rightsdesk/domain";
import { messageFor } from "~/lib/form-errors";
import { FieldError } from "./field-error";
import { EnumOptions } from "./enum-options";

export type ParticipantRow = { key: number; personId: string; role: ParticipantRole };

type Props = {
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  persons: { id: string; name: string }[];
  fields: Record<string, string>;
};

/** Who takes part in a case and as what: the person it is about, co-defendants, witnesses, family. */
export function ParticipantsEditor({ rows, onChange, persons, fields }: Props) {
  const update = (key: number, change: Partial<ParticipantRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => onChange([...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, personId: "", role: "subject" }]);

  return (
    <fieldset>
      <legend>Participants</legend>
      {rows.length === 0 && <p className="save-state">No participants yet.</p>}
      {rows.map((row, i) => {
        const id = `participant-${row.key}`;
        return (
          <fieldset key={row.key}>
            <legend>Participant {i + 1}</legend>
            <div className="row-editor">
              <div>
                <label htmlFor={`${id}-person`}>Person</label>
                <select
                  id={`${id}-person`}
                  value={row.personId}
                  onChange={(e) => update(row.key, { personId: e.target.value })}
                  aria-describedby={`${id}-error`}
                >
                  <option value="">Choose a person…</option>
                  {persons.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-role`}>Role</label>
                <select id={`${id}-role`} value={row.role} onChange={(e) => update(row.key, { role: e.target.value as ParticipantRole })}>
                  <EnumOptions values={PARTICIPANT_ROLES} labels={PARTICIPANT_ROLE_LABELS} />
                </select>
              </div>
              <div>
                <button type="button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  Remove
                </button>
              </div>
            </div>
            <FieldError id={`${id}-error`} message={messageFor(fields, `participants.${i}`)} />
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        Add participant
      </button>
    </fieldset>
  );
}
