import { getCaseForEditor, listCaseEvents, listCaseParticipants, listChanges } from "@rightsdesk/db/editor";
import { can, formatPartialDate, isSourceLocale, LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { CaseForm } from "~/features/registry/case-form";
import { ChangeHistory } from "~/features/registry/change-history";
import { DeleteRecord } from "~/features/shared/ui/delete-record";
import { TranslationForm } from "~/features/translation/translation-form";
import { requireUser } from "~/features/shared/server/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Case" };

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const [user, editable, participants, changes, events] = await Promise.all([
    requireUser(),
    getCaseForEditor(id),
    listCaseParticipants(id),
    listChanges("case", id),
    listCaseEvents(id),
  ]);
  if (!editable) notFound();
  const canEdit = can(user.role, { kind: "registry.edit" });
  // Editors write every language in the case form; a separate save there would make their open form stale.
  const translatable = canEdit ? [] : LOCALES.filter((locale) => !isSourceLocale(locale) && can(user.role, { kind: "registry.translate", locale }));

  return (
    <>
      <h1>{editable.title[SOURCE_LOCALE] ?? editable.slug}</h1>
      {!canEdit && (
        <p className="alert info">
          {translatable.length > 0 ? "You can translate this case's timeline but not change anything else." : "You can read this case but not change it."}
        </p>
      )}
      {translatable.length > 0 && events.length > 0 && (
        <section className="card" aria-labelledby="translate-heading">
          <h2 id="translate-heading">Translate the timeline</h2>
          {events.map((event, index) => (
            <section key={event.id} aria-labelledby={`event-translation-${index}-heading`}>
              <h3 id={`event-translation-${index}-heading`}>
                {formatPartialDate(event.date)} · {event.kind}
              </h3>
              {event.description[SOURCE_LOCALE] && (
                <blockquote lang={SOURCE_LOCALE} className="save-state">
                  {event.description[SOURCE_LOCALE]}
                </blockquote>
              )}
              {translatable.map((locale) => (
                <TranslationForm
                  key={locale}
                  target={{ endpoint: "translateCaseEvent", params: { eventId: event.id, locale } }}
                  label="Description translation"
                  idPrefix={`event-translation-${index}`}
                  locale={locale}
                  text={event.description[locale] ?? ""}
                />
              ))}
            </section>
          ))}
        </section>
      )}
      <CaseForm editable={editable} participants={participants} canEdit={canEdit} />
      {canEdit && (
        <DeleteRecord remove={{ endpoint: "deleteCase", params: { id: editable.id } }} listHref="/cases" what="this case" consequences="Its timeline and participants are deleted with it." />
      )}
      <ChangeHistory changes={changes} />
    </>
  );
}
