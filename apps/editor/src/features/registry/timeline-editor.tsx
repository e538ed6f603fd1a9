"use client";

import { type Locale, SOURCE_LOCALE } from "@rightsdesk/domain";
import { messageFor } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { RowListEditor, type RowListLabels } from "~/features/shared/ui/row-list-editor";

/** One event being edited. Descriptions in languages the form does not show are kept as they are. */
export type EventRow = { key: number; date: string; kind: string; description: Partial<Record<Locale, string>>; sourceUrl: string };

const LABELS: RowListLabels = { legend: "Timeline", empty: "No events yet.", row: "Event", add: "Add event", remove: "Remove event" };

type Props = { rows: EventRow[]; onChange: (rows: EventRow[]) => void; fields: Record<string, string> };

const DESCRIPTIONS = [
  { locale: SOURCE_LOCALE, label: "Description (English)" },
  { locale: "ru", label: "Description (Русский)" },
] as const;

type TextField = { name: "date" | "kind" | "sourceUrl"; idSuffix: string; label: string; type: "text" | "url"; placeholder?: string };

const TEXT_FIELDS: readonly TextField[] = [
  { name: "date", idSuffix: "date", label: "Date", type: "text", placeholder: "YYYY, YYYY-MM or YYYY-MM-DD" },
  { name: "kind", idSuffix: "kind", label: "Event kind", type: "text", placeholder: "arrest, court_decision…" },
  { name: "sourceUrl", idSuffix: "source", label: "Source URL", type: "url" },
];

/** A case's events; the server stores them in date order whatever order they are typed in. */
export function TimelineEditor({ rows, onChange, fields }: Props) {
  return (
    <RowListEditor<EventRow>
      labels={LABELS}
      idPrefix="event"
      rows={rows}
      onChange={onChange}
      newRow={(key) => ({ key, date: "", kind: "", description: {}, sourceUrl: "" })}
      renderRow={(row, { id, index, update, remove }) => {
        const path = `case.timeline.${index}`;
        return (
          <>
            <div className="row-editor">
              {TEXT_FIELDS.map((field) => (
                <div key={field.name}>
                  <label htmlFor={`${id}-${field.idSuffix}`}>{field.label}</label>
                  <input
                    id={`${id}-${field.idSuffix}`}
                    type={field.type}
                    placeholder={field.placeholder}
                    value={row[field.name]}
                    onChange={(e) => update({ [field.name]: e.target.value })}
                    aria-describedby={`${id}-${field.idSuffix}-error`}
                  />
                  <FieldError id={`${id}-${field.idSuffix}-error`} message={messageFor(fields, `${path}.${field.name}`)} />
                </div>
              ))}
            </div>
            {DESCRIPTIONS.map(({ locale, label }) => (
              <div key={locale}>
                <label htmlFor={`${id}-description-${locale}`}>{label}</label>
                <textarea
                  id={`${id}-description-${locale}`}
                  lang={locale}
                  value={row.description[locale] ?? ""}
                  onChange={(e) => update({ description: { ...row.description, [locale]: e.target.value } })}
                  aria-describedby={`${id}-description-${locale}-error`}
                />
                <FieldError
                  id={`${id}-description-${locale}-error`}
                  // A missing English description is reported on the description as a whole.
                  message={messageFor(fields, `${path}.description.${locale}`) ?? (locale === SOURCE_LOCALE ? fields[`${path}.description`] : undefined)}
                />
              </div>
            ))}
            {remove}
          </>
        );
      }}
    />
  );
}
