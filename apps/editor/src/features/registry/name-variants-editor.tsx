"use client";

import { detectScript, LOCALE_NAMES, LOCALES, NAME_KIND_LABELS, NAME_KINDS, NAME_SCRIPT_LABELS, NAME_SCRIPTS, type NameKind, type NameScript } from "@rightsdesk/domain";
import { messageFor } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { EnumOptions, EnumSelect } from "~/features/shared/ui/enum-options";
import { RowListEditor, type RowListLabels } from "~/features/shared/ui/row-list-editor";

/** One spelling being edited. */
export type VariantRow = { key: number; name: string; script: NameScript; locale: string; kind: NameKind };

const LABELS: RowListLabels = { legend: "Other spellings of the name", empty: "No other spellings yet.", row: "Name", add: "Add a name", remove: "Remove" };

type Props = { rows: VariantRow[]; onChange: (rows: VariantRow[]) => void; fields: Record<string, string> };

/** The other spellings of a person's name: "Аблязов Мухтар" in Cyrillic, a former spelling, a transliteration. */
export function NameVariantsEditor({ rows, onChange, fields }: Props) {
  return (
    <RowListEditor<VariantRow>
      labels={LABELS}
      idPrefix="variant"
      rows={rows}
      onChange={onChange}
      newRow={(key) => ({ key, name: "", script: "latin", locale: "", kind: "transliteration" })}
      renderRow={(row, { id, index, update, remove }) => (
        <>
          <div className="row-editor">
            <div>
              <label htmlFor={`${id}-name`}>Name variant</label>
              {/* The script follows what is typed; the editor can still correct it. */}
              <input
                id={`${id}-name`}
                type="text"
                value={row.name}
                onChange={(e) => update({ name: e.target.value, script: detectScript(e.target.value) })}
                aria-describedby={`${id}-error`}
              />
            </div>
            <EnumSelect id={`${id}-script`} label="Script" value={row.script} values={NAME_SCRIPTS} labels={NAME_SCRIPT_LABELS} onChange={(script) => update({ script })} />
            <div>
              <label htmlFor={`${id}-locale`}>Language</label>
              <select id={`${id}-locale`} value={row.locale} onChange={(e) => update({ locale: e.target.value })}>
                <option value="">Any language</option>
                <EnumOptions values={LOCALES} labels={LOCALE_NAMES} />
              </select>
            </div>
            <EnumSelect id={`${id}-kind`} label="Kind" value={row.kind} values={NAME_KINDS} labels={NAME_KIND_LABELS} onChange={(kind) => update({ kind })} />
            <div>{remove}</div>
          </div>
          <FieldError id={`${id}-error`} message={messageFor(fields, `variants.${index}`)} />
        </>
      )}
    />
  );
}
