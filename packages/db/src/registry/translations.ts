import { type LabelKind, type Locale, type TranslationSave } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { type Revalidating } from "../articles/article-footprint";
import { db } from "../infra/client";
import { assertTranslationUnchanged, labelStores } from "../translation/label-translations";

/*
 * The registry's translatable texts, saved from a person's or a case's page. Translators may write
 * them in every language but the source; everything else in the registry is for editors and admins
 * (see persons.ts, cases.ts). The labels desk (label-translations.ts) saves the same texts.
 * Texts come checked and trimmed by the domain's ZBioTranslationSave and ZEventTranslationSave.
 */

/**
 * Saves a translation as written against the English as it is now; an unchanged text keeps the
 * English it was made from, so saving it again does not hide that the English changed. Refused as
 * a conflict if someone saved another translation in that language since the translator started.
 * Gives the text as stored and the public pages that show it, read in the same transaction.
 */
async function translate(kind: LabelKind, id: string, locale: Locale, { text, previousTranslation }: TranslationSave, actor: Actor): Promise<Revalidating<{ translation: string }>> {
  assertAllowed(actor, { kind: "registry.translate", locale });
  const store = labelStores[kind];
  const revalidate = await db().$transaction(async (tx) => {
    const stored = await store.read(tx, id, locale);
    assertTranslationUnchanged(stored, previousTranslation);
    const base = text === stored.translation ? stored.base : stored.source;
    await store.write(tx, { id, locale, text, base }, actor);
    return store.pagesShowing(tx, id);
  });
  return { result: { translation: text }, revalidate };
}

/** Sets or (with "") clears a person's biography in one language. */
export function translatePersonBio(personId: string, locale: Locale, save: TranslationSave, actor: Actor): Promise<Revalidating<{ translation: string }>> {
  return translate("bio", personId, locale, save, actor);
}

/** Sets a timeline event's description in one language. */
export function translateCaseEvent(eventId: string, locale: Locale, save: TranslationSave, actor: Actor): Promise<Revalidating<{ translation: string }>> {
  return translate("event", eventId, locale, save, actor);
}
