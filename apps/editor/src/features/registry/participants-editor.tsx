"use client";

import { PARTICIPANT_ROLE_LABELS, PARTICIPANT_ROLES, type ParticipantRole } from "@rightsdesk/domain";
import { messageFor } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { EnumSelect } from "~/features/shared/ui/enum-options";
import { type PersonChoice, PersonSearchSelect } from "~/features/shared/ui/person-search-select";
import { RowListEditor, type RowListLabels } from "~/features/shared/ui/row-list-editor";

export type ParticipantRow = { key: number; person: PersonChoice | null; role: ParticipantRole };

const LABELS: RowListLabels = { legend: "Participants", empty: "No participants yet.", row: "Participant", add: "Add participant", remove: "Remove" };

type Props = {
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  fields: Record<string, string>;
};

/** Who takes part in a case and as what: the person it is about, co-defendants, witnesses, family; each person found by name on the server. */
export function ParticipantsEditor({ rows, onChange, fields }: Props) {
  return (
    <RowListEditor<ParticipantRow>
      labels={LABELS}
      idPrefix="participant"
      rows={rows}
      onChange={onChange}
      newRow={(key) => ({ key, person: null, role: "subject" })}
      renderRow={(row, { id, index, update, remove }) => (
        <>
          <div className="row-editor">
            <PersonSearchSelect id={`${id}-person`} label="Person" value={row.person} onChange={(person) => update({ person })} describedBy={`${id}-error`} />
            <EnumSelect id={`${id}-role`} label="Role" value={row.role} values={PARTICIPANT_ROLES} labels={PARTICIPANT_ROLE_LABELS} onChange={(role) => update({ role })} />
            <div>{remove}</div>
          </div>
          <FieldError id={`${id}-error`} message={messageFor(fields, `participants.${index}`)} />
        </>
      )}
    />
  );
}
