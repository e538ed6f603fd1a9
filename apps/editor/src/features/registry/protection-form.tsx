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
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { checkInput, type FormErrors, issuesByPath, messageFor, NO_ERRORS, textOf } from "~/features/shared/form-errors";
import { EnumOptions } from "~/features/shared/ui/enum-options";
import { FieldError } from "~/features/shared/ui/field-error";
import { FormAlert } from "~/features/shared/ui/form-alert";

/** A protection with the version a save must start from (the data layer's EditableProtection). */
export type VersionedProtection = Protection & { version: number };

const FIELDS = ["type", "grantingState", "date", "status", "sourceUrl"];

type Props = {
  personId: string;
  /** The protection being edited, or null to add one. */
  protection: VersionedProtection | null;
  onSaved: () => void;
  onCancel?: () => void;
};

/** Adds a protection, or edits one from the version it was opened at, so a save over someone else's is refused. */
export function ProtectionForm({ personId, protection, onSaved, onCancel }: Props) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const prefix = protection ? "edit-protection" : "protection";
  const heading = protection ? "Edit protection" : "Add protection";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
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
      // Kept as it was: this form does not edit the source article.
      sourceArticleId: protection?.sourceArticleId ?? null,
    };
    const checked = checkInput(ZProtectionInput, input);
    if (!checked.success) {
      setErrors({ fields: issuesByPath(checked.error) });
      return;
    }
    setPending(true);
    const result = protection
      ? await callApi("updateProtection", { params: { id: protection.id }, body: { protection: checked.input, baseVersion: protection.version } })
      : await callApi("createProtection", { body: checked.input });
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
    onSaved();
  }

  const field = (name: string) => ({ id: `${prefix}-${name}`, name, "aria-describedby": `${prefix}-${name}-error` });
  const error = (name: string) => <FieldError id={`${prefix}-${name}-error`} message={messageFor(errors.fields, name)} />;

  return (
    <form aria-labelledby={`${prefix}-heading`} onSubmit={onSubmit} noValidate>
      <h3 id={`${prefix}-heading`}>{heading}</h3>
      <div className="form-grid">
        <div>
          <label htmlFor={`${prefix}-type`}>Type</label>
          <select {...field("type")} defaultValue={protection?.type ?? "refugee_status"}>
            <EnumOptions values={PROTECTION_TYPES} labels={PROTECTION_TYPE_LABELS} />
          </select>
          {error("type")}
        </div>
        <div>
          <label htmlFor={`${prefix}-grantingState`}>Granting state (ISO code, e.g. PL)</label>
          <input type="text" {...field("grantingState")} defaultValue={protection?.grantingState} />
          {error("grantingState")}
        </div>
        <div>
          <label htmlFor={`${prefix}-date`}>Date (YYYY, YYYY-MM or YYYY-MM-DD)</label>
          <input type="text" {...field("date")} defaultValue={protection?.date ? formatPartialDate(protection.date) : ""} />
          {error("date")}
        </div>
        <div>
          <label htmlFor={`${prefix}-status`}>Protection status</label>
          <select {...field("status")} defaultValue={protection?.status ?? "granted"}>
            <EnumOptions values={PROTECTION_STATUSES} labels={PROTECTION_STATUS_LABELS} />
          </select>
          {error("status")}
        </div>
        <div>
          <label htmlFor={`${prefix}-sourceUrl`}>Source URL</label>
          <input type="url" {...field("sourceUrl")} defaultValue={protection?.sourceUrl ?? ""} />
          {error("sourceUrl")}
        </div>
      </div>
      <FormAlert message={errors.form} />
      <div className="toolbar-row">
        <button type="submit" disabled={pending}>
          {protection ? (pending ? "Saving…" : "Save protection") : pending ? "Adding…" : "Add protection"}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
