import Link from "next/link";
import { type ReactNode } from "react";

export type ListColumn<T> = { header: string; cell: (row: T) => ReactNode };

type Props<T> = {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly ListColumn<T>[];
  /** Said instead of the table when there is no row. */
  empty?: ReactNode;
  caption?: ReactNode;
};

/** A list page's table: one row a record, one column a field. */
export function ListTable<T>({ rows, rowKey, columns, empty, caption }: Props<T>) {
  if (rows.length === 0 && empty !== undefined) return <p className="empty">{empty}</p>;
  return (
    <table>
      {caption && <caption className="save-state">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A registry record's name cell: its name (a link to its page when given one), what else is worth knowing, and its slug. */
export function RecordNameCell({ name, href, slug, children }: { name: string; href: string | null; slug: string; children?: ReactNode }) {
  return (
    <>
      {href ? <Link href={href}>{name}</Link> : name}
      {children}
      <div className="save-state">/{slug}</div>
    </>
  );
}
