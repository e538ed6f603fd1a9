"use client";

import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  type Case,
  type CaseParticipantView,
  formatPartialDate,
  type Locale,
  SOURCE_LOCALE,
  ZCaseForm,
} from "@rightsdesk/domain";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { useRecordForm } from "~/features/registry/use-record-form";
import { messageFor, splitList, textOf } from "~/features/shared/form-errors";
import { FieldError } from "~/features/shared/ui/field-error";
import { FormAlert } from "~/features/shared/ui/form-alert";
import { SaveRow } from "~/features/shared/ui/save-row";
import { ParticipantsEditor, type ParticipantRow } from "./participants-editor";
import { type EventRow, TimelineEditor } from "./timeline-editor";
import { EnumOptions } from "~/features/shared/ui/enum-options";

const TITLES = [
  { locale: SOURCE_LOCALE, label: "Title (English)" },
  { locale: "ru", label: "Title (Русский)" },
] as const;

type Props = {
  editable: (Case & { version: number }) | null;
  participants: CaseParticipantView[];
  canEdit: boolean;
};

/** Text per language without the blanks; languages the form does not show are kept. */
function localized(kept: Partial<Record<Locale, string>>, typed: Partial<Record<Locale, string>>) {
  return Object.fromEntries(Object.entries({ ...kept, ...typed }).filter(([, text]) => text.trim() !== ""));
}

function readInput(form: FormData, title: Partial<Record<Locale, string>>, events: EventRow[], participants: ParticipantRow[]) {
  const orNull = (text: string) => text.trim() || null;
  return {
    case: {
      title: localized(title, Object.fromEntries(TITLES.map(({ locale }) => [locale, textOf(form, `title-${locale}`)]))),
      kind: textOf(form, "kind"),
      requestingStates: splitList(textOf(form, "requestingStates")),
      onBehalfOf: splitList(textOf(form, "onBehalfOf")),
      venueState: orNull(textOf(form, "venueState")),
      status: textOf(form, "status"),
      outcome: orNull(textOf(form, "outcome")),
      timeline: events.map((event) => ({
        date: event.date,
        kind: event.kind,
        description: localized({}, event.description),
        sourceUrl: orNull(event.sourceUrl),
      })),
      slug: textOf(form, "slug").trim(),
    },
    participants: participants.map(({ person, role }) => ({ personId: person?.id ?? "", role })),
  };
}

/** Creates a case (no `editable`) or edits one with its timeline and participants. */
export function CaseForm({ editable, participants: openedParticipants, canEdit }: Props) {
  const [events, setEvents] = useState<EventRow[]>(() =>
    (editable?.timeline ?? []).map((event, key) => ({ ...event, key, date: formatPartialDate(event.date), sourceUrl: event.sourceUrl ?? "" })),
  );
  const [participants, setParticipants] = useState<ParticipantRow[]>(() =>
    openedParticipants.map(({ personId, name, internal, role }, key) => ({ key, person: { id: personId, label: name, internal }, role })),
  );
  const { errors, saved, pending, submit } = useRecordForm({
    collection: "cases",
    id: editable?.id ?? null,
    openedVersion: editable?.version ?? 0,
    schema: ZCaseForm,
    save: (input, baseVersion) =>
      editable && baseVersion !== null
        ? callApi("updateCase", { params: { id: editable.id }, body: { ...input, baseVersion } })
        : callApi("createCase", { body: input }),
  });
  // Errors of the data layer name the field without the "case." the form's body puts in front.
  const message = (path: string) => messageFor(errors.fields, `case.${path}`) ?? messageFor(errors.fields, path);
  const described = (name: string) => ({ id: name, name, "aria-describedby": `${name}-error` });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(readInput(new FormData(event.currentTarget), editable?.title ?? {}, events, participants));
  }

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <fieldset className="plain" disabled={!canEdit}>
        <div className="form-grid">
          {TITLES.map(({ locale, label }) => (
            <div key={locale}>
              <label htmlFor={`title-${locale}`}>{label}</label>
              <input type="text" lang={locale} defaultValue={editable?.title[locale]} {...described(`title-${locale}`)} />
              <FieldError
                id={`title-${locale}-error`}
                // A missing English title is reported on the title as a whole.
                message={message(`title.${locale}`) ?? (locale === SOURCE_LOCALE ? errors.fields["case.title"] : undefined)}
              />
            </div>
          ))}
          <div>
            <label htmlFor="slug">Slug (address, optional)</label>
            <input type="text" defaultValue={editable?.slug} placeholder="made from the English title" {...described("slug")} />
            <FieldError id="slug-error" message={message("slug")} />
          </div>
          <div>
            <label htmlFor="kind">Kind of case</label>
            <select defaultValue={editable?.kind ?? "extradition_request"} {...described("kind")}>
              <EnumOptions values={CASE_KINDS} labels={CASE_KIND_LABELS} />
            </select>
            <FieldError id="kind-error" message={message("kind")} />
          </div>
          <div>
            <label htmlFor="requestingStates">Requesting states (comma-separated ISO codes)</label>
            <input type="text" defaultValue={editable?.requestingStates.join(", ")} placeholder="RU, UA" {...described("requestingStates")} />
            <FieldError id="requestingStates-error" message={message("requestingStates")} />
          </div>
          <div>
            <label htmlFor="onBehalfOf">On behalf of (comma-separated ISO codes)</label>
            <input type="text" defaultValue={editable?.onBehalfOf.join(", ")} placeholder="KZ" {...described("onBehalfOf")} />
            <FieldError id="onBehalfOf-error" message={message("onBehalfOf")} />
          </div>
          <div>
            <label htmlFor="venueState">Venue state (ISO code)</label>
            <input type="text" defaultValue={editable?.venueState ?? ""} placeholder="FR" {...described("venueState")} />
            <FieldError id="venueState-error" message={message("venueState")} />
          </div>
          <div>
            <label htmlFor="status">Status</label>
            <select defaultValue={editable?.status ?? "open"} {...described("status")}>
              <EnumOptions values={CASE_STATUSES} labels={CASE_STATUS_LABELS} />
            </select>
            <FieldError id="status-error" message={message("status")} />
          </div>
          <div>
            <label htmlFor="outcome">Outcome</label>
            <select defaultValue={editable?.outcome ?? ""} {...described("outcome")}>
              <option value="">Not decided yet</option>
              <EnumOptions values={CASE_OUTCOMES} labels={CASE_OUTCOME_LABELS} />
            </select>
            <FieldError id="outcome-error" message={message("outcome")} />
          </div>
        </div>
        <ParticipantsEditor rows={participants} onChange={setParticipants} fields={errors.fields} />
        <TimelineEditor rows={events} onChange={setEvents} fields={errors.fields} />
        <FormAlert message={errors.form} />
        {canEdit && (
          <SaveRow primary pending={pending} label={editable ? "Save case" : "Create case"} saved={saved} savedText="Case saved" />
        )}
      </fieldset>
    </form>
  );
}
