"use client";

import { type ReactNode } from "react";

/** A row being edited; the key keeps React's rows apart when one is removed. */
export type KeyedRow = { key: number };

/** What one row's fields are drawn with: ids and an update bound to the row, and its remove button to place. */
export type RowTools<R extends KeyedRow> = { id: string; index: number; update: (change: Partial<R>) => void; remove: ReactNode };

type Props<R extends KeyedRow> = {
  legend: string;
  /** Said while there is no row. */
  empty: string;
  /** Each row's legend, numbered: "Name 1", "Name 2"… */
  rowLegend: string;
  /** Prefix of the rows' element ids. */
  idPrefix: string;
  addLabel: string;
  removeLabel: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  /** A new row with this key. */
  newRow: (key: number) => R;
  renderRow: (row: R, tools: RowTools<R>) => ReactNode;
};

/** A form's list of rows (name variants, participants, events): each in its own numbered fieldset, added and removed in place. */
export function RowListEditor<R extends KeyedRow>({ legend, empty, rowLegend, idPrefix, addLabel, removeLabel, rows, onChange, newRow, renderRow }: Props<R>) {
  const update = (key: number, change: Partial<R>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => onChange([...rows, newRow(Math.max(0, ...rows.map((row) => row.key)) + 1)]);

  return (
    <fieldset>
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="save-state">{empty}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key}>
          <legend>{`${rowLegend} ${index + 1}`}</legend>
          {renderRow(row, {
            id: `${idPrefix}-${row.key}`,
            index,
            update: (change) => update(row.key, change),
            remove: (
              <button type="button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                {removeLabel}
              </button>
            ),
          })}
        </fieldset>
      ))}
      <button type="button" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
