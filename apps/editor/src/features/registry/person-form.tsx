"use client";

import {
  CONFIDENTIALITY,
  formatPartialDate,
  type Locale,
  LOCALE_NAMES,
  LOCALES,
  PERSON_STATUS_LABELS,
  PERSON_STATUSES,
  type PersonWithInternal,
  ZPersonInput,
} from "@rightsdesk/domain";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { useRecordForm } from "~/features/registry/use-record-form";
import { messageFor, splitList, textOf } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";
import { NameVariantsEditor, type VariantRow } from "./name-variants-editor";
import { EnumOptions } from "~/features/shared/ui/enum-options";

/** Worded for the newsroom: "internal" is the safe default and must read as a promise to the person. */
const CONFIDENTIALITY_OPTIONS: Record<(typeof CONFIDENTIALITY)[number], string> = {
  internal: "Internal — never shown to readers",
  public: "Public",
};

const INTERNAL_NOTES = [
  { name: "currentLocation", label: "Current location" },
  { name: "contactNotes", label: "Contact notes" },
  { name: "riskAssessment", label: "Risk assessment" },
] as const;

type Props = {
  person: PersonWithInternal | null;
  version: number;
  canEdit: boolean;
  /** Languages whose biography was translated from English that has changed since. */
  outdatedBios?: readonly Locale[];
};

function readInput(form: FormData, variants: VariantRow[]) {
  const note = (name: string) => textOf(form, name).trim() || undefined;
  const birth = textOf(form, "birth").trim();
  return {
    name: textOf(form, "name"),
    slug: textOf(form, "slug").trim(),
    birth: birth === "" ? null : birth,
    status: textOf(form, "status"),
    confidentiality: textOf(form, "confidentiality"),
    nationalities: splitList(textOf(form, "nationalities")),
    roles: splitList(textOf(form, "roles")),
    bio: Object.fromEntries(LOCALES.map((locale) => [locale, textOf(form, `bio-${locale}`)])),
    internalNotes: Object.fromEntries(INTERNAL_NOTES.map(({ name }) => [name, note(name)])),
    variants: variants.map(({ name, script, locale, kind }) => ({ name, script, locale: locale === "" ? null : locale, kind })),
  };
}

/** Creates a person (no `person`) or edits one; the server checks everything again and has the last word. */
export function PersonForm({ person, version: openedVersion, canEdit, outdatedBios = [] }: Props) {
  const [variants, setVariants] = useState<VariantRow[]>(() => (person?.variants ?? []).map((v, key) => ({ ...v, key, locale: v.locale ?? "" })));
  const { errors, saved, pending, submit } = useRecordForm({
    collection: "people",
    id: person?.id ?? null,
    openedVersion,
    schema: ZPersonInput,
    save: (input, baseVersion) =>
      person && baseVersion !== null
        ? callApi("updatePerson", { params: { id: person.id }, body: { person: input, baseVersion } })
        : callApi("createPerson", { body: input }),
  });
  const field = (path: string) => ({ "aria-describedby": `${path}-error`, "aria-invalid": messageFor(errors.fields, path) ? true : undefined });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(readInput(new FormData(event.currentTarget), variants));
  }

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <fieldset className="plain" disabled={!canEdit}>
        <div className="form-grid">
          <div>
            <label htmlFor="name">Name</label>
            <input id="name" name="name" type="text" defaultValue={person?.name} {...field("name")} />
            <FieldError id="name-error" message={messageFor(errors.fields, "name")} />
          </div>
          <div>
            <label htmlFor="slug">Slug (address, optional)</label>
            <input id="slug" name="slug" type="text" defaultValue={person?.slug} placeholder="made from the name" {...field("slug")} />
            <FieldError id="slug-error" message={messageFor(errors.fields, "slug")} />
          </div>
          <div>
            <label htmlFor="birth">Birth date (YYYY, YYYY-MM or YYYY-MM-DD)</label>
            <input id="birth" name="birth" type="text" defaultValue={person?.birth ? formatPartialDate(person.birth) : ""} {...field("birth")} />
            <FieldError id="birth-error" message={messageFor(errors.fields, "birth")} />
          </div>
          <div>
            <label htmlFor="status">Status</label>
            <select id="status" name="status" defaultValue={person?.status ?? "unknown"} {...field("status")}>
              <EnumOptions values={PERSON_STATUSES} labels={PERSON_STATUS_LABELS} />
            </select>
            <FieldError id="status-error" message={messageFor(errors.fields, "status")} />
          </div>
          <div>
            <label htmlFor="confidentiality">Confidentiality</label>
            <select id="confidentiality" name="confidentiality" defaultValue={person?.confidentiality ?? "internal"} {...field("confidentiality")}>
              <EnumOptions values={CONFIDENTIALITY} labels={CONFIDENTIALITY_OPTIONS} />
            </select>
            <FieldError id="confidentiality-error" message={messageFor(errors.fields, "confidentiality")} />
          </div>
          <div>
            <label htmlFor="nationalities">Nationalities (comma-separated ISO codes, e.g. KZ, PL)</label>
            <input id="nationalities" name="nationalities" type="text" defaultValue={person?.nationalities.join(", ")} {...field("nationalities")} />
            <FieldError id="nationalities-error" message={messageFor(errors.fields, "nationalities")} />
          </div>
          <div>
            <label htmlFor="roles">Roles (comma-separated)</label>
            <input id="roles" name="roles" type="text" defaultValue={person?.roles.join(", ")} placeholder="journalist, activist" {...field("roles")} />
            <FieldError id="roles-error" message={messageFor(errors.fields, "roles")} />
          </div>
        </div>
        <NameVariantsEditor rows={variants} onChange={setVariants} fields={errors.fields} />
        <fieldset>
          <legend>Biography</legend>
          {LOCALES.map((locale) => (
            <div key={locale}>
              <label htmlFor={`bio-${locale}`}>Biography ({LOCALE_NAMES[locale]})</label>
              {outdatedBios.includes(locale) && (
                <p className="hint">
                  <span className="badge outdated">outdated</span> The English biography changed since this translation was made.{" "}
                  <Link href={`/translations/labels/${locale}`}>Review the changes</Link>
                </p>
              )}
              <textarea id={`bio-${locale}`} name={`bio-${locale}`} lang={locale} defaultValue={person?.bio[locale]} {...field(`bio.${locale}`)} />
              <FieldError id={`bio.${locale}-error`} message={messageFor(errors.fields, `bio.${locale}`)} />
            </div>
          ))}
        </fieldset>
        <fieldset className="internal-notes">
          <legend>Internal — never published</legend>
          <p className="save-state">Only the newsroom sees these notes; they never reach the public site or any export.</p>
          {INTERNAL_NOTES.map(({ name, label }) => (
            <div key={name}>
              <label htmlFor={name}>{label}</label>
              <textarea id={name} name={name} defaultValue={person?.internalNotes[name]} {...field(`internalNotes.${name}`)} />
              <FieldError id={`internalNotes.${name}-error`} message={messageFor(errors.fields, `internalNotes.${name}`)} />
            </div>
          ))}
        </fieldset>
        <FormAlert message={errors.form} />
        {canEdit && (
          <SaveRow primary pending={pending} label={person ? "Save person" : "Create person"} saved={saved} savedText="Person saved" />
        )}
      </fieldset>
    </form>
  );
}
