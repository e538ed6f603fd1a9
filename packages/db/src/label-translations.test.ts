import { type LabelKind, type Locale, ZCaseInput, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../test/fixtures";
import { db } from "./client";
import { countLabelTranslations, listLabelTranslations, markLabelUpToDate, saveLabelTranslation } from "./label-translations";
import { createCase, listCaseEvents, updateCase } from "./registry/cases";
import { createPerson, updatePerson } from "./registry/persons";
import { translatePersonBio } from "./registry/translations";
import { upsertTag } from "./tags";

async function item(kind: LabelKind, id: string, locale: Locale) {
  const found = (await listLabelTranslations(locale))[kind].find((entry) => entry.id === id);
  if (!found) throw new Error(`No ${kind} ${id} in the labels desk`);
  return found;
}

const personInput = (slug: string, bio: Record<string, string>) => ZPersonInput.parse({ name: "Alma Shalabayeva", slug, bio });

describe("label translations", () => {
  it("marks a bio outdated when its English changes, and up to date again when the translator saves against the new English", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const slug = unique("p");
    const created = await createPerson(personInput(slug, { en: "Deported in 2013.", ru: "Депортирована в 2013 году." }), editor);
    expect(await item("bio", created.id, "ru")).toMatchObject({ state: "current", base: "Deported in 2013." });
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "missing", translation: null });

    // The person form saves every language; only the English changed.
    const edited = await updatePerson(created.id, personInput(slug, { en: "Deported to Kazakhstan in 2013.", ru: "Депортирована в 2013 году." }), created.version, editor);
    expect(await item("bio", created.id, "ru")).toMatchObject({
      state: "outdated",
      source: "Deported to Kazakhstan in 2013.",
      translation: "Депортирована в 2013 году.",
      base: "Deported in 2013.",
    });

    // Saving against the English as it was is refused and stores nothing.
    const stale = { kind: "bio" as const, id: created.id, locale: "ru" as const, text: "Новый текст", sourceText: "Deported in 2013." };
    await expect(saveLabelTranslation(stale, translator)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("The English text changed") });
    expect(await item("bio", created.id, "ru")).toMatchObject({ state: "outdated", translation: "Депортирована в 2013 году." });

    await saveLabelTranslation({ ...stale, text: " Депортирована в Казахстан в 2013 году. ", sourceText: "Deported to Kazakhstan in 2013." }, translator);
    expect(await item("bio", created.id, "ru")).toMatchObject({
      state: "current",
      translation: "Депортирована в Казахстан в 2013 году.",
      base: "Deported to Kazakhstan in 2013.",
    });
    // An editor's form opened before the translator's save is now stale.
    await expect(updatePerson(created.id, personInput(slug, { en: "Deported." }), edited.version, editor)).rejects.toMatchObject({ code: "conflict" });
    await expect(saveLabelTranslation({ ...stale, locale: "en", sourceText: "Deported to Kazakhstan in 2013." }, translator)).rejects.toThrow(/source language/);
  });

  it("marks a reviewed translation up to date only against the current English, and only when there is one", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const slug = unique("p");
    const created = await createPerson(personInput(slug, { en: "Journalist.", pl: "Dziennikarka." }), editor);
    await updatePerson(created.id, personInput(slug, { en: "Journalist from Almaty.", pl: "Dziennikarka." }), created.version, editor);
    const target = { kind: "bio" as const, id: created.id, locale: "pl" as const };

    // Saving the same text again from the person's page does not hide that the English changed.
    await translatePersonBio(created.id, "pl", "Dziennikarka.", translator);
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "outdated", base: "Journalist." });

    await expect(markLabelUpToDate({ ...target, sourceText: "Journalist." }, translator)).rejects.toMatchObject({ code: "conflict" });
    await markLabelUpToDate({ ...target, sourceText: "Journalist from Almaty." }, translator);
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "current", translation: "Dziennikarka.", base: "Journalist from Almaty." });
    await expect(markLabelUpToDate({ ...target, locale: "fr", sourceText: "Journalist from Almaty." }, translator)).rejects.toMatchObject({ code: "validation" });
  });

  it("treats a translation stored without a base as outdated", async () => {
    const editor = await makeActor("editor");
    const created = await createPerson(personInput(unique("p"), { en: "Lawyer." }), editor);
    await db().person.update({ where: { id: created.id }, data: { bio: { en: "Lawyer.", de: "Anwältin." }, bioSource: {} } });
    expect(await item("bio", created.id, "de")).toMatchObject({ state: "outdated", base: null });
  });

  it("translates a tag label that is missing and finds it outdated after the English label changes", async () => {
    const translator = await makeActor("translator");
    const slug = unique("topic");
    const tag = await upsertTag({ kind: "topic", slug, labels: { en: "Interpol notices", ru: "Уведомления Интерпола" } });
    expect(await item("tag", tag.id, "ru")).toMatchObject({ state: "current", context: "Topic" });
    expect(await item("tag", tag.id, "pl")).toMatchObject({ state: "missing" });
    const before = await countLabelTranslations();

    await saveLabelTranslation({ kind: "tag", id: tag.id, locale: "pl", text: "Noty Interpolu", sourceText: "Interpol notices" }, translator);
    expect(await item("tag", tag.id, "pl")).toMatchObject({ state: "current", translation: "Noty Interpolu", base: "Interpol notices" });
    expect((await countLabelTranslations()).pl?.missing).toBe((before.pl?.missing ?? 0) - 1);

    await upsertTag({ kind: "topic", slug, labels: { en: "Interpol red notices", ru: "Уведомления Интерпола", pl: "Noty Interpolu" } });
    expect(await item("tag", tag.id, "pl")).toMatchObject({ state: "outdated", base: "Interpol notices" });
    expect((await countLabelTranslations()).pl?.outdated).toBe((before.pl?.outdated ?? 0) + 1);
  });

  it("keeps event description bases across a case save that replaces the timeline", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const slug = unique("c");
    const timeline = (detained: string) => [
      { date: "2013-05-29", kind: "detention", description: { en: detained, uk: "Затримано в Римі." } },
      { date: "2013-05-31", kind: "deportation", description: { en: "Deported to Kazakhstan.", uk: "Депортовано до Казахстану." } },
    ];
    const input = (detained: string) => ZCaseInput.parse({ title: { en: "Deportation from Italy" }, kind: "deportation", slug, timeline: timeline(detained) });
    const created = await createCase(input("Detained in Rome."), editor);
    const updated = await updateCase(created.id, input("Detained at her home in Rome."), created.version, editor);
    const [detention, deportation] = await listCaseEvents(created.id);
    if (!detention || !deportation) throw new Error("The case lost its timeline");

    expect(await item("event", detention.id, "uk")).toMatchObject({
      state: "outdated",
      name: "Deportation from Italy",
      context: "2013-05-29 · detention",
      base: "Detained in Rome.",
    });
    expect(await item("event", deportation.id, "uk")).toMatchObject({ state: "current" });

    await saveLabelTranslation({ kind: "event", id: detention.id, locale: "uk", text: "Затримано вдома в Римі.", sourceText: "Detained at her home in Rome." }, translator);
    expect(await item("event", detention.id, "uk")).toMatchObject({ state: "current", translation: "Затримано вдома в Римі." });
    // The translation bumped the case's version: a form opened before it cannot overwrite it.
    await expect(updateCase(created.id, input("Detained."), updated.version, editor)).rejects.toMatchObject({ code: "conflict" });

    // A case save replaced the timeline while the translator was typing: their event is gone, and they are told.
    const latest = await updateCase(created.id, input("Detained at her home in Rome."), updated.version + 1, editor);
    expect(latest.version).toBe(updated.version + 2);
    await expect(
      saveLabelTranslation({ kind: "event", id: deportation.id, locale: "uk", text: "Депортовано.", sourceText: "Deported to Kazakhstan." }, translator),
    ).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining("Reload the page; your text is kept.") });
  });
});
