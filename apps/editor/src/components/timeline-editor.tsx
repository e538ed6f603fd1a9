"use client";

import { type Locale } from "@rightsdesk/domain";
import { messageFor } from "~/lib/form-errors";
import { FieldError } from "./field-error";

/** One event being edited. Descriptions in languages the form does not show are kept as they are. */
export type EventRow = { key: number; date: string; kind: string; description: Partial<Record<Locale, string>>; sourceUrl: string };

type Props = { rows: EventRow[]; onChange: (rows: EventRow[]) => void; fields: Record<string, string> };

const DESCRIPTIONS = [
  { locale: "en", label: "Description (English)" },
  { locale: "ru", label: "Description (Русский)" },
] as const;

/** A case's events; the server stores them in date order whatever order they are typed in. */
export function TimelineEditor({ rows, onChange, fields }: Props) {
  const update = (key: number, change: Partial<EventRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () =>
    onChange([...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, date: "", kind: "", description: {}, sourceUrl: "" }]);

  return (
    <fieldset>
      <legend>Timeline</legend>
      {rows.length === 0 && <p className="save-state">No events yet.</p>}
      {rows.map((row, i) => {
        const id = `event-${row.key}`;
        const path = `case.timeline.${i}`;
        return (
          <fieldset key={row.key}>
            <legend>Event {i + 1}</legend>
            <div className="row-editor">
              <div>
                <label htmlFor={`${id}-date`}>Date</label>
                <input
                  id={`${id}-date`}
                  type="text"
                  placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
                  value={row.date}
                  onChange={(e) => update(row.key, { date: e.target.value })}
                  aria-describedby={`${id}-date-error`}
                />
                <FieldError id={`${id}-date-error`} message={messageFor(fields, `${path}.date`)} />
              </div>
              <div>
                <label htmlFor={`${id}-kind`}>Event kind</label>
                <input
                  id={`${id}-kind`}
                  type="text"
                  placeholder="arrest, court_decision…"
                  value={row.kind}
                  onChange={(e) => update(row.key, { kind: e.target.value })}
                  aria-describedby={`${id}-kind-error`}
                />
                <FieldError id={`${id}-kind-error`} message={messageFor(fields, `${path}.kind`)} />
              </div>
              <div>
                <label htmlFor={`${id}-source`}>Source URL</label>
                <input
                  id={`${id}-source`}
                  type="url"
                  value={row.sourceUrl}
                  onChange={(e) => update(row.key, { sourceUrl: e.target.value })}
                  aria-describedby={`${id}-source-error`}
                />
                <FieldError id={`${id}-source-error`} message={messageFor(fields, `${path}.sourceUrl`)} />
              </div>
            </div>
            {DESCRIPTIONS.map(({ locale, label }) => (
              <div key={locale}>
                <label htmlFor={`${id}-description-${locale}`}>{label}</label>
                <textarea
                  id={`${id}-description-${locale}`}
                  lang={locale}
                  value={row.description[locale] ?? ""}
                  onChange={(e) => update(row.key, { description: { ...row.description, [locale]: e.target.value } })}
                  aria-describedby={`${id}-description-${locale}-error`}
                />
                <FieldError
                  id={`${id}-description-${locale}-error`}
                  // A missing English description is reported on the description as a whole.
                  message={messageFor(fields, `${path}.description.${locale}`) ?? (locale === "en" ? fields[`${path}.description`] : undefined)}
                />
              </div>
            ))}
            <button type="button" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
              Remove event
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        Add event
      </button>
    </fieldset>
  );
}
