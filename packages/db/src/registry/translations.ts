import { AppError, BIO_MAX_LENGTH, EVENT_DESCRIPTION_MAX_LENGTH, type Locale } from "@rightsdesk/domain";
import { z } from "zod";
import { type Actor, assertAllowed } from "../access";
import { db } from "../client";
import { recordChange } from "./history";
import { toLocalized } from "./rows";

/*
 * The registry's translatable texts. Translators may write them in every language but the source;
 * everything else in the registry is for editors and admins (see persons.ts, cases.ts).
 */

const ZBioTranslation = z.string().trim().max(BIO_MAX_LENGTH, `A biography must be at most ${BIO_MAX_LENGTH} characters`);
const ZEventTranslation = z
  .string()
  .trim()
  .min(1, "The description is empty")
  .max(EVENT_DESCRIPTION_MAX_LENGTH, `A description must be at most ${EVENT_DESCRIPTION_MAX_LENGTH} characters`);

/** Sets or (with "") clears a person's biography in one language. */
export async function translatePersonBio(personId: string, locale: Locale, text: string, actor: Actor): Promise<void> {
  assertAllowed(actor, { kind: "registry.translate", locale });
  const value = ZBioTranslation.parse(text);
  await db().$transaction(async (tx) => {
    const row = await tx.person.findUnique({ where: { id: personId }, select: { bio: true } });
    if (!row) throw new AppError("not_found", "This person does not exist.");
    const before = toLocalized(row.bio);
    const after = { ...before, [locale]: value || undefined };
    await tx.person.update({ where: { id: personId }, data: { bio: after, version: { increment: 1 } } });
    await recordChange(tx, { entity: "person", entityId: personId, action: "update", actorId: actor.id, before: { bio: before }, after: { bio: after } });
  });
}

/** Sets a timeline event's description in one language. */
export async function translateCaseEvent(eventId: string, locale: Locale, text: string, actor: Actor): Promise<void> {
  assertAllowed(actor, { kind: "registry.translate", locale });
  const value = ZEventTranslation.parse(text);
  await db().$transaction(async (tx) => {
    const event = await tx.caseEvent.findUnique({ where: { id: eventId }, select: { caseId: true, description: true } });
    if (!event) throw new AppError("not_found", "This timeline event does not exist.");
    const before = toLocalized(event.description);
    const after = { ...before, [locale]: value };
    await tx.caseEvent.update({ where: { id: eventId }, data: { description: after } });
    await tx.case.update({ where: { id: event.caseId }, data: { version: { increment: 1 } } });
    await recordChange(tx, { entity: "case", entityId: event.caseId, action: "update", actorId: actor.id, before: { event: eventId, description: before }, after: { event: eventId, description: after } });
  });
}
