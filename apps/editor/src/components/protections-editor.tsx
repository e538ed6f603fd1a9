"use client";

import {
  formatPartialDate,
  PROTECTION_STATUS_LABELS,
  PROTECTION_STATUSES,
  PROTECTION_TYPE_LABELS,
  PROTECTION_TYPES,
  type Protection,
  ZProtectionInput,
} from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/lib/api-client";
import { type FormErrors, issuesByPath, messageFor, NO_ERRORS, textOf } from "~/lib/form-errors";
import { FieldError } from "./field-error";
import { FormAlert } from "./form-alert";
import { EnumOptions } from "./enum-options";

const FIELDS = ["type", "grantingState", "date", "status", "sourceUrl"];

type Props = { personId: string; protections: Protection[]; canEdit: boolean };

/** The protections states granted or refused a person; each one is saved or deleted at once. */
export function ProtectionsEditor({ personId, protections, canEdit }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [listError, setListError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const orNull = (name: string) => textOf(form, name).trim() || null;
    const input = {
      personId,
      type: textOf(form, "type"),
      grantingState: textOf(form, "grantingState"),
      date: orNull("date"),
      status: textOf(form, "status"),
      sourceUrl: orNull("sourceUrl"),
    };
    const checked = ZProtectionInput.safeParse(input);
    if (!checked.success) {
      setErrors({ fields: issuesByPath(checked.error) });
      return;
    }
    setPending(true);
    const result = await callApi("POST", "/api/protections", input);
    setPending(false);
    if (!result.ok) {
      // The server knows the person's birth; a date before it comes back for the date field.
      const fields = result.fields ?? {};
      const byField = Object.keys(fields).some((path) => FIELDS.includes(path.split(".")[0] ?? ""));
      setErrors({ form: byField ? undefined : result.error, fields });
      return;
    }
    setErrors(NO_ERRORS);
    formElement.reset();
    router.refresh();
  }

  async function onDelete(id: string) {
    const result = await callApi("DELETE", `/api/protections/${id}`, {});
    setListError(result.ok ? null : result.error);
    if (result.ok) router.refresh();
  }

  const field = (name: string) => ({ id: `protection-${name}`, name, "aria-describedby": `protection-${name}-error` });
  const error = (name: string) => <FieldError id={`protection-${name}-error`} message={messageFor(errors.fields, name)} />;

  return (
    <>
      {protections.length === 0 ? (
        <p className="save-state">No protections recorded.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">State</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              {canEdit && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {protections.map((protection) => (
              <tr key={protection.id}>
                <td>
                  {protection.sourceUrl ? <a href={protection.sourceUrl}>{PROTECTION_TYPE_LABELS[protection.type]}</a> : PROTECTION_TYPE_LABELS[protection.type]}
                </td>
                <td>{protection.grantingState}</td>
                <td>{protection.date ? formatPartialDate(protection.date) : "—"}</td>
                <td>{PROTECTION_STATUS_LABELS[protection.status]}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete ${PROTECTION_TYPE_LABELS[protection.type]} in ${protection.grantingState}`}
                      onClick={() => void onDelete(protection.id)}
                    >
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormAlert message={listError} />
      {canEdit && (
        <form aria-labelledby="add-protection" onSubmit={onAdd} noValidate>
          <h3 id="add-protection">Add protection</h3>
          <div className="form-grid">
            <div>
              <label htmlFor="protection-type">Type</label>
              <select {...field("type")} defaultValue="refugee_status">
                <EnumOptions values={PROTECTION_TYPES} labels={PROTECTION_TYPE_LABELS} />
              </select>
              {error("type")}
            </div>
            <div>
              <label htmlFor="protection-grantingState">Granting state (ISO code, e.g. PL)</label>
              <input type="text" {...field("grantingState")} />
              {error("grantingState")}
            </div>
            <div>
              <label htmlFor="protection-date">Date (YYYY, YYYY-MM or YYYY-MM-DD)</label>
              <input type="text" {...field("date")} />
              {error("date")}
            </div>
            <div>
              <label htmlFor="protection-status">Protection status</label>
              <select {...field("status")} defaultValue="granted">
                <EnumOptions values={PROTECTION_STATUSES} labels={PROTECTION_STATUS_LABELS} />
              </select>
              {error("status")}
            </div>
            <div>
              <label htmlFor="protection-sourceUrl">Source URL</label>
              <input type="url" {...field("sourceUrl")} />
              {error("sourceUrl")}
            </div>
          </div>
          <FormAlert message={errors.form} />
          <div className="toolbar-row">
            <button type="submit" disabled={pending}>
              {pending ? "Adding…" : "Add protection"}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
