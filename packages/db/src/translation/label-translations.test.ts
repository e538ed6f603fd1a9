import { isSourceLocale, LABEL_TRANSLATION_CHANGED, type LabelKind, LIST_PAGE_SIZE, type Locale, LOCALES, ZCaseInput, ZPersonInput, ZSaveLabelTranslation } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { upsertTag } from "../articles/tags";
import { db } from "../infra/client";
import { createCase, listCaseEvents, updateCase } from "../registry/cases";
import { createPerson, updatePerson } from "../registry/persons";
import { translatePersonBio } from "../registry/translations";
import { countLabelTranslations, listLabelTranslationPages, listLabelTranslations, markLabelUpToDate, saveLabelTranslation } from "./label-translations";

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
    const created = (await createPerson(personInput(slug, { en: "Deported in 2013.", ru: "Депортирована в 2013 году." }), editor)).result;
    expect(await item("bio", created.id, "ru")).toMatchObject({ state: "current", base: "Deported in 2013." });
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "missing", translation: null });

    // The person form saves every language; only the English changed.
    const edited = (await updatePerson(created.id, personInput(slug, { en: "Deported to Kazakhstan in 2013.", ru: "Депортирована в 2013 году." }), created.version, editor)).result;
    expect(await item("bio", created.id, "ru")).toMatchObject({
      state: "outdated",
      source: "Deported to Kazakhstan in 2013.",
      translation: "Депортирована в 2013 году.",
      base: "Deported in 2013.",
    });

    // Saving against the English as it was is refused and stores nothing.
    const stale = {
      kind: "bio" as const,
      id: created.id,
      locale: "ru" as const,
      text: "Новый текст",
      sourceText: "Deported in 2013.",
      previousTranslation: "Депортирована в 2013 году.",
    };
    await expect(saveLabelTranslation(stale, translator)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("The English text changed") });
    expect(await item("bio", created.id, "ru")).toMatchObject({ state: "outdated", translation: "Депортирована в 2013 году." });

    // As the route hands it over: parsed, the text trimmed.
    await saveLabelTranslation(ZSaveLabelTranslation.parse({ ...stale, text: " Депортирована в Казахстан в 2013 году. ", sourceText: "Deported to Kazakhstan in 2013." }), translator);
    expect(await item("bio", created.id, "ru")).toMatchObject({
      state: "current",
      translation: "Депортирована в Казахстан в 2013 году.",
      base: "Deported to Kazakhstan in 2013.",
    });
    // An editor's form opened before the translator's save is now stale.
    await expect(updatePerson(created.id, personInput(slug, { en: "Deported." }), edited.version, editor)).rejects.toMatchObject({ code: "conflict" });
    expect(() => ZSaveLabelTranslation.parse({ ...stale, locale: "en", sourceText: "Deported to Kazakhstan in 2013." })).toThrow(/source language/);
  });

  it("marks a reviewed translation up to date only against the current English, and only when there is one", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const slug = unique("p");
    const created = (await createPerson(personInput(slug, { en: "Journalist.", pl: "Dziennikarka." }), editor)).result;
    await updatePerson(created.id, personInput(slug, { en: "Journalist from Almaty.", pl: "Dziennikarka." }), created.version, editor);
    const target = { kind: "bio" as const, id: created.id, locale: "pl" as const, previousTranslation: "Dziennikarka." };

    // Saving the same text again from the person's page does not hide that the English changed.
    await translatePersonBio(created.id, "pl", { text: "Dziennikarka.", previousTranslation: "Dziennikarka." }, translator);
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "outdated", base: "Journalist." });

    await expect(markLabelUpToDate({ ...target, sourceText: "Journalist." }, translator)).rejects.toMatchObject({ code: "conflict" });
    await markLabelUpToDate({ ...target, sourceText: "Journalist from Almaty." }, translator);
    expect(await item("bio", created.id, "pl")).toMatchObject({ state: "current", translation: "Dziennikarka.", base: "Journalist from Almaty." });
    await expect(markLabelUpToDate({ ...target, locale: "fr", sourceText: "Journalist from Almaty.", previousTranslation: "" }, translator)).rejects.toMatchObject({
      code: "validation",
    });
  });

  it("treats a translation stored without a base as outdated", async () => {
    const editor = await makeActor("editor");
    const created = (await createPerson(personInput(unique("p"), { en: "Lawyer." }), editor)).result;
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

    await saveLabelTranslation({ kind: "tag", id: tag.id, locale: "pl", text: "Noty Interpolu", sourceText: "Interpol notices", previousTranslation: "" }, translator);
    expect(await item("tag", tag.id, "pl")).toMatchObject({ state: "current", translation: "Noty Interpolu", base: "Interpol notices" });
    expect((await countLabelTranslations()).pl?.missing).toBe((before.pl?.missing ?? 0) - 1);

    await upsertTag({ kind: "topic", slug, labels: { en: "Interpol red notices", ru: "Уведомления Интерпола", pl: "Noty Interpolu" } });
    expect(await item("tag", tag.id, "pl")).toMatchObject({ state: "outdated", base: "Interpol notices" });
    expect((await countLabelTranslations()).pl?.outdated).toBe((before.pl?.outdated ?? 0) + 1);
  });

  it("counts in the database what the desk lists as missing or outdated, in every language", async () => {
    await upsertTag({ kind: "topic", slug: unique("topic"), labels: { en: "Counted topic", de: "Gezähltes Thema" } });
    const counts = await countLabelTranslations();
    for (const locale of LOCALES.filter((l) => !isSourceLocale(l))) {
      const list = await listLabelTranslations(locale);
      const items = [...list.tag, ...list.bio, ...list.event];
      expect(counts[locale]).toEqual({ missing: items.filter((i) => i.state === "missing").length, outdated: items.filter((i) => i.state === "outdated").length });
    }
  });

  it("pages one kind of text after the last one shown, filtered by state", async () => {
    const slugs = [unique("topic"), unique("topic")];
    for (const slug of slugs) await upsertTag({ kind: "topic", slug, labels: { en: `Paged ${slug}` } });
    const todo = await listLabelTranslationPages("pl", { kind: "tag", state: "todo", after: undefined });
    expect(todo.tag.items.every((item) => item.state !== "current")).toBe(true);
    expect(todo.bio.items).toEqual([]);
    const all = (await listLabelTranslations("pl", ["tag"])).tag.filter((item) => item.state !== "current");
    expect(todo.tag.items.map((item) => item.id)).toEqual(all.slice(0, LIST_PAGE_SIZE).map((item) => item.id));
    const second = await listLabelTranslationPages("pl", { kind: "tag", state: "todo", after: all[0]?.id });
    expect(second.tag.items[0]?.id).toBe(all[1]?.id);
  });

  it("pages biographies in the database by name, filtered by state, continuing after the last one shown", async () => {
    const editor = await makeActor("editor");
    const name = unique("Paged person");
    // Three translated and current, three missing: the todo filter skips the first kind wherever it falls.
    const created: string[] = [];
    for (let i = 0; i < 6; i++) {
      const bio = i % 2 === 0 ? { en: `Bio ${i}.`, fr: `Bio ${i} fr.` } : { en: `Bio ${i}.` };
      created.push((await createPerson(ZPersonInput.parse({ name: `${name} ${i}`, slug: unique("p"), bio }), editor)).result.id);
    }
    const todo = (await listLabelTranslations("fr", ["bio"])).bio.filter((item) => item.state !== "current");
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await listLabelTranslationPages("fr", { kind: "bio", state: "todo", after });
      expect(page.bio.items.every((item) => item.state !== "current")).toBe(true);
      ids.push(...page.bio.items.map((item) => item.id));
      after = page.bio.next ?? undefined;
    } while (after);
    expect(ids).toEqual(todo.map((item) => item.id));
    expect(ids.filter((id) => created.includes(id))).toEqual([created[1], created[3], created[5]]);
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
    const created = (await createCase(input("Detained in Rome."), editor)).result;
    const updated = (await updateCase(created.id, input("Detained at her home in Rome."), created.version, editor)).result;
    const [detention, deportation] = await listCaseEvents(created.id);
    if (!detention || !deportation) throw new Error("The case lost its timeline");

    expect(await item("event", detention.id, "uk")).toMatchObject({
      state: "outdated",
      name: "Deportation from Italy",
      context: "2013-05-29 · detention",
      base: "Detained in Rome.",
    });
    expect(await item("event", deportation.id, "uk")).toMatchObject({ state: "current" });

    await saveLabelTranslation(
      { kind: "event", id: detention.id, locale: "uk", text: "Затримано вдома в Римі.", sourceText: "Detained at her home in Rome.", previousTranslation: "Затримано в Римі." },
      translator,
    );
    expect(await item("event", detention.id, "uk")).toMatchObject({ state: "current", translation: "Затримано вдома в Римі." });
    // The translation bumped the case's version: a form opened before it cannot overwrite it.
    await expect(updateCase(created.id, input("Detained."), updated.version, editor)).rejects.toMatchObject({ code: "conflict" });

    // A case save replaced the timeline while the translator was typing: their event is gone, and they are told.
    const latest = (await updateCase(created.id, input("Detained at her home in Rome."), updated.version + 1, editor)).result;
    expect(latest.version).toBe(updated.version + 2);
    await expect(
      saveLabelTranslation(
        { kind: "event", id: deportation.id, locale: "uk", text: "Депортовано.", sourceText: "Deported to Kazakhstan.", previousTranslation: "Депортовано до Казахстану." },
        translator,
      ),
    ).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining("Reload the page; your text is kept.") });
  });

  it("refuses the second of two saves of one tag label made from the same translation, keeping the first one's text", async () => {
    const [first, second] = await Promise.all([makeActor("translator"), makeActor("translator")]);
    const tag = await upsertTag({ kind: "topic", slug: unique("topic"), labels: { en: "Political asylum" } });
    const save = { kind: "tag" as const, id: tag.id, locale: "pl" as const, sourceText: "Political asylum", previousTranslation: "" };

    await saveLabelTranslation({ ...save, text: "Azyl polityczny" }, first);
    await expect(saveLabelTranslation({ ...save, text: "Azyl" }, second)).rejects.toMatchObject({ code: "conflict", message: LABEL_TRANSLATION_CHANGED });
    expect(await item("tag", tag.id, "pl")).toMatchObject({ translation: "Azyl polityczny", state: "current" });
    // Marking up to date what the second translator reviewed would vouch for a text they never saw.
    await expect(markLabelUpToDate(save, second)).rejects.toMatchObject({ code: "conflict" });

    // Having seen the first one's text, the second translator may replace it.
    await saveLabelTranslation({ ...save, text: "Azyl", previousTranslation: "Azyl polityczny" }, second);
    expect(await item("tag", tag.id, "pl")).toMatchObject({ translation: "Azyl" });
    // Another language of the same tag started from the same moment is not held up.
    await saveLabelTranslation({ ...save, locale: "de", text: "Politisches Asyl" }, first);
    expect(await item("tag", tag.id, "de")).toMatchObject({ translation: "Politisches Asyl" });
  });

  it("lets exactly one of two simultaneous saves of one text through, and both saves of two languages", async () => {
    const translator = await makeActor("translator");
    const tag = await upsertTag({ kind: "topic", slug: unique("topic"), labels: { en: "Extradition" } });
    const tagSave = { kind: "tag" as const, id: tag.id, locale: "fr" as const, sourceText: "Extradition", previousTranslation: "" };
    const texts = ["Extradition", "L'extradition"];
    const results = await Promise.allSettled(texts.map((text) => saveLabelTranslation({ ...tagSave, text }, translator)));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    const kept = texts[results.findIndex((result) => result.status === "fulfilled")];
    expect(await item("tag", tag.id, "fr")).toMatchObject({ translation: kept });

    const editor = await makeActor("editor");
    const person = (await createPerson(personInput(unique("p"), { en: "Journalist." }), editor)).result;
    const bioSave = { kind: "bio" as const, id: person.id, sourceText: "Journalist.", previousTranslation: "" };
    await Promise.all([
      saveLabelTranslation({ ...bioSave, locale: "de", text: "Journalistin." }, translator),
      saveLabelTranslation({ ...bioSave, locale: "uk", text: "Журналістка." }, translator),
    ]);
    expect(await item("bio", person.id, "de")).toMatchObject({ translation: "Journalistin." });
    expect(await item("bio", person.id, "uk")).toMatchObject({ translation: "Журналістка." });
  });

  it("refuses a stale save of a bio or an event description from the desk, keeping the first one's text", async () => {
    const editor = await makeActor("editor");
    const [first, second] = await Promise.all([makeActor("translator"), makeActor("translator")]);
    const person = (await createPerson(personInput(unique("p"), { en: "Lawyer.", ru: "Адвокат." }), editor)).result;
    const bio = { kind: "bio" as const, id: person.id, locale: "ru" as const, sourceText: "Lawyer.", previousTranslation: "Адвокат." };
    await saveLabelTranslation({ ...bio, text: "Адвокатесса." }, first);
    await expect(saveLabelTranslation({ ...bio, text: "Юрист." }, second)).rejects.toMatchObject({ code: "conflict", message: LABEL_TRANSLATION_CHANGED });
    expect(await item("bio", person.id, "ru")).toMatchObject({ translation: "Адвокатесса." });

    const created = (await createCase(
      ZCaseInput.parse({ title: { en: "Arrest in Kyiv" }, kind: "detention", slug: unique("c"), timeline: [{ date: "2020-01-02", kind: "arrest", description: { en: "Arrested." } }] }),
      editor,
    )).result;
    const [event] = await listCaseEvents(created.id);
    if (!event) throw new Error("The case has no event");
    const description = { kind: "event" as const, id: event.id, locale: "pl" as const, sourceText: "Arrested.", previousTranslation: "" };
    await saveLabelTranslation({ ...description, text: "Aresztowany." }, first);
    await expect(saveLabelTranslation({ ...description, text: "Zatrzymany." }, second)).rejects.toMatchObject({ code: "conflict" });
    expect(await item("event", event.id, "pl")).toMatchObject({ translation: "Aresztowany." });
  });
});
