"use client";

import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type Organisation, ZOrganisationInput } from "@rightsdesk/domain";
import { type FormEvent } from "react";
import { messageFor, textOf } from "~/features/shared/form-errors";
import { callApi } from "~/features/shared/api-client";
import { useRecordForm } from "~/features/registry/use-record-form";
import { EnumOptions } from "~/features/shared/ui/enum-options";
import { FieldError } from "~/features/shared/ui/field-error";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";

type Props = { organisation: Organisation | null; version: number };

function readInput(form: FormData) {
  const orNull = (name: string) => textOf(form, name).trim() || null;
  return {
    name: textOf(form, "name"),
    kind: textOf(form, "kind"),
    country: orNull("country"),
    website: orNull("website"),
    slug: textOf(form, "slug").trim(),
  };
}

/** Creates an organisation (no `organisation`) or edits one; a save over someone else's is refused and the form kept. */
export function OrganisationForm({ organisation, version: openedVersion }: Props) {
  const { errors, saved, pending, submit } = useRecordForm({
    collection: "organisations",
    id: organisation?.id ?? null,
    openedVersion,
    schema: ZOrganisationInput,
    save: (input, baseVersion) =>
      organisation && baseVersion !== null
        ? callApi("updateOrganisation", { params: { id: organisation.id }, body: { organisation: input, baseVersion } })
        : callApi("createOrganisation", { body: input }),
  });
  const field = (name: string) => ({
    id: `organisation-${name}`,
    name,
    "aria-describedby": `organisation-${name}-error`,
    "aria-invalid": messageFor(errors.fields, name) ? true : undefined,
  });
  const error = (name: string) => <FieldError id={`organisation-${name}-error`} message={messageFor(errors.fields, name)} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(readInput(new FormData(event.currentTarget)));
  }

  return (
    <form className="card" aria-labelledby="organisation-form-heading" onSubmit={onSubmit} noValidate>
      <h2 id="organisation-form-heading">{organisation ? "Edit organisation" : "New organisation"}</h2>
      <div className="form-grid">
        <div>
          <label htmlFor="organisation-name">Name</label>
          <input type="text" defaultValue={organisation?.name} {...field("name")} />
          {error("name")}
        </div>
        <div>
          <label htmlFor="organisation-kind">Kind</label>
          <select defaultValue={organisation?.kind ?? "ngo"} {...field("kind")}>
            <EnumOptions values={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} />
          </select>
          {error("kind")}
        </div>
        <div>
          <label htmlFor="organisation-country">Country (ISO code, e.g. FR; empty for international bodies)</label>
          <input type="text" defaultValue={organisation?.country ?? ""} {...field("country")} />
          {error("country")}
        </div>
        <div>
          <label htmlFor="organisation-website">Website</label>
          <input type="url" defaultValue={organisation?.website ?? ""} placeholder="https://" {...field("website")} />
          {error("website")}
        </div>
        <div>
          <label htmlFor="organisation-slug">Slug (address, optional)</label>
          <input type="text" defaultValue={organisation?.slug} placeholder="made from the name" {...field("slug")} />
          {error("slug")}
        </div>
      </div>
      <FormAlert message={errors.form} />
      <SaveRow primary pending={pending} label={organisation ? "Save organisation" : "Create organisation"} saved={saved} savedText="Organisation saved" />
    </form>
  );
}
