"use client";

import { type ReactNode } from "react";

/** A row being edited; the key keeps React's rows apart when one is removed. */
export type KeyedRow = { key: number };

/** What one row's fields are drawn with: ids and an update bound to the row, and its remove button to place. */
export type RowTools<R extends KeyedRow> = { id: string; index: number; update: (change: Partial<R>) => void; remove: ReactNode };

/** The list's legend, what it says while empty, each row's legend (numbered: "Name 1"…) and its buttons. */
export type RowListLabels = { legend: string; empty: string; row: string; add: string; remove: string };

type Props<R extends KeyedRow> = {
  labels: RowListLabels;
  /** Prefix of the rows' element ids. */
  idPrefix: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  /** A new row with this key. */
  newRow: (key: number) => R;
  renderRow: (row: R, tools: RowTools<R>) => ReactNode;
};

/** A form's list of rows (name variants, participants, events): each in its own numbered fieldset, added and removed in place. */
export function RowListEditor<R extends KeyedRow>({ labels, idPrefix, rows, onChange, newRow, renderRow }: Props<R>) {
  const update = (key: number, change: Partial<R>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => onChange([...rows, newRow(Math.max(0, ...rows.map((row) => row.key)) + 1)]);

  return (
    <fieldset>
      <legend>{labels.legend}</legend>
      {rows.length === 0 && <p className="save-state">{labels.empty}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key}>
          <legend>{`${labels.row} ${index + 1}`}</legend>
          {renderRow(row, {
            id: `${idPrefix}-${row.key}`,
            index,
            update: (change) => update(row.key, change),
            remove: (
              <button type="button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                {labels.remove}
              </button>
            ),
          })}
        </fieldset>
      ))}
      <button type="button" onClick={add}>
        {labels.add}
      </button>
    </fieldset>
  );
}
