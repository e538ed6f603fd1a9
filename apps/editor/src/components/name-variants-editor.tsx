"use client";

import { detectScript, LOCALE_NAMES, LOCALES, NAME_KIND_LABELS, NAME_KINDS, NAME_SCRIPT_LABELS, NAME_SCRIPTS, type NameKind, type NameScript } from "@rightsdesk/domain";
import { messageFor } from "~/lib/form-errors";
import { FieldError } from "./field-error";
import { EnumOptions } from "./enum-options";

/** One spelling being edited; the key keeps React's rows apart when one is removed. */
export type VariantRow = { key: number; name: string; script: NameScript; locale: string; kind: NameKind };

type Props = { rows: VariantRow[]; onChange: (rows: VariantRow[]) => void; fields: Record<string, string> };

/** The other spellings of a person's name: "Аблязов Мухтар" in Cyrillic, a former spelling, a transliteration. */
export function NameVariantsEditor({ rows, onChange, fields }: Props) {
  const update = (key: number, change: Partial<VariantRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () =>
    onChange([...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, name: "", script: "latin", locale: "", kind: "transliteration" }]);

  return (
    <fieldset>
      <legend>Other spellings of the name</legend>
      {rows.length === 0 && <p className="save-state">No other spellings yet.</p>}
      {rows.map((row, i) => {
        const id = `variant-${row.key}`;
        return (
          <fieldset key={row.key}>
            <legend>Name {i + 1}</legend>
            <div className="row-editor">
              <div>
                <label htmlFor={`${id}-name`}>Name variant</label>
                {/* The script follows what is typed; the editor can still correct it. */}
                <input
                  id={`${id}-name`}
                  type="text"
                  value={row.name}
                  onChange={(e) => update(row.key, { name: e.target.value, script: detectScript(e.target.value) })}
                  aria-describedby={`${id}-error`}
                />
              </div>
              <div>
                <label htmlFor={`${id}-script`}>Script</label>
                <select id={`${id}-script`} value={row.script} onChange={(e) => update(row.key, { script: e.target.value as NameScript })}>
                  <EnumOptions values={NAME_SCRIPTS} labels={NAME_SCRIPT_LABELS} />
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-locale`}>Language</label>
                <select id={`${id}-locale`} value={row.locale} onChange={(e) => update(row.key, { locale: e.target.value })}>
                  <option value="">Any language</option>
                  <EnumOptions values={LOCALES} labels={LOCALE_NAMES} />
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-kind`}>Kind</label>
                <select id={`${id}-kind`} value={row.kind} onChange={(e) => update(row.key, { kind: e.target.value as NameKind })}>
                  <EnumOptions values={NAME_KINDS} labels={NAME_KIND_LABELS} />
                </select>
              </div>
              <div>
                <button type="button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  Remove
                </button>
              </div>
            </div>
            <FieldError id={`${id}-error`} message={messageFor(fields, `variants.${i}`)} />
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        Add a name
      </button>
    </fieldset>
  );
}
