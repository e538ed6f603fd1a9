"use client";

import { PARTICIPANT_ROLE_LABELS, PARTICIPANT_ROLES, type ParticipantRole } from "@rightsdesk/domain";
import { messageFor } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { EnumSelect } from "~/features/shared/ui/enum-options";
import { RowListEditor, type RowListLabels } from "~/features/shared/ui/row-list-editor";

export type ParticipantRow = { key: number; personId: string; role: ParticipantRole };

const LABELS: RowListLabels = { legend: "Participants", empty: "No participants yet.", row: "Participant", add: "Add participant", remove: "Remove" };

type Props = {
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  persons: { id: string; name: string }[];
  fields: Record<string, string>;
};

/** Who takes part in a case and as what: the person it is about, co-defendants, witnesses, family. */
export function ParticipantsEditor({ rows, onChange, persons, fields }: Props) {
  return (
    <RowListEditor<ParticipantRow>
      labels={LABELS}
      idPrefix="participant"
      rows={rows}
      onChange={onChange}
      newRow={(key) => ({ key, personId: "", role: "subject" })}
      renderRow={(row, { id, index, update, remove }) => (
        <>
          <div className="row-editor">
            <div>
              <label htmlFor={`${id}-person`}>Person</label>
              <select id={`${id}-person`} value={row.personId} onChange={(e) => update({ personId: e.target.value })} aria-describedby={`${id}-error`}>
                <option value="">Choose a person…</option>
                {persons.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            <EnumSelect id={`${id}-role`} label="Role" value={row.role} values={PARTICIPANT_ROLES} labels={PARTICIPANT_ROLE_LABELS} onChange={(role) => update({ role })} />
            <div>{remove}</div>
          </div>
          <FieldError id={`${id}-error`} message={messageFor(fields, `participants.${index}`)} />
        </>
      )}
    />
  );
}
