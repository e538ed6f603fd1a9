import { LABEL_TRANSLATION_CHANGED, ZCaseInput, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../infra/client";
import { createCase, listCaseEvents } from "./cases";
import { createPerson, getPersonForEditor } from "./persons";
import { translateCaseEvent, translatePersonBio } from "./translations";

describe("registry translations", () => {
  it("lets a translator translate a bio and an event description, but not the English source", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const person = (await createPerson(ZPersonInput.parse({ name: "Alma Shalabayeva", slug: unique("p"), bio: { en: "Deported in 2013." } }), editor)).result;
    await translatePersonBio(person.id, "ru", { text: "Депортирована в 2013 году.", previousTranslation: "" }, translator);
    expect((await getPersonForEditor(person.id))?.bio).toEqual({ en: "Deported in 2013.", ru: "Депортирована в 2013 году." });
    await expect(translatePersonBio(person.id, "en", { text: "Changed", previousTranslation: "Deported in 2013." }, translator)).rejects.toMatchObject({ code: "forbidden" });

    const created = (await createCase(
      ZCaseInput.parse({
        title: { en: "Deportation from Italy" },
        kind: "deportation",
        slug: unique("c"),
        timeline: [{ date: "2013-05-31", kind: "deportation", description: { en: "Deported to Kazakhstan." } }],
      }),
      editor,
    )).result;
    const [event] = await listCaseEvents(created.id);
    expect(event).toMatchObject({ date: { year: 2013, month: 5, day: 31 }, kind: "deportation", description: { en: "Deported to Kazakhstan." } });
    if (!event) throw new Error("The case has no event");
    await translateCaseEvent(event.id, "uk", { text: "Депортовано до Казахстану.", previousTranslation: "" }, translator);
    const translated = await db().caseEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(translated.description).toEqual({ en: "Deported to Kazakhstan.", uk: "Депортовано до Казахстану." });
    await expect(translateCaseEvent(event.id, "en", { text: "Changed", previousTranslation: "Deported to Kazakhstan." }, translator)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses the second of two saves of one language's bio made from the same text, but not a save of another language", async () => {
    const editor = await makeActor("editor");
    const [first, second] = await Promise.all([makeActor("translator"), makeActor("translator")]);
    const person = (await createPerson(ZPersonInput.parse({ name: "Ilyas Khrapunov", slug: unique("p"), bio: { en: "Businessman.", ru: "Бизнесмен." } }), editor)).result;

    await translatePersonBio(person.id, "ru", { text: "Предприниматель.", previousTranslation: "Бизнесмен." }, first);
    await expect(translatePersonBio(person.id, "ru", { text: "Бизнесмен и банкир.", previousTranslation: "Бизнесмен." }, second)).rejects.toMatchObject({
      code: "conflict",
      message: LABEL_TRANSLATION_CHANGED,
    });
    // Clearing counts as a save too: it is refused over a text the translator did not see.
    await expect(translatePersonBio(person.id, "ru", { text: "", previousTranslation: "Бизнесмен." }, second)).rejects.toMatchObject({ code: "conflict" });
    // A German translation opened before the Russian save went through still saves: it is another text.
    await translatePersonBio(person.id, "de", { text: "Geschäftsmann.", previousTranslation: "" }, second);
    expect((await getPersonForEditor(person.id))?.bio).toEqual({ en: "Businessman.", ru: "Предприниматель.", de: "Geschäftsmann." });

    const created = (await createCase(
      ZCaseInput.parse({ title: { en: "Arrest in Geneva" }, kind: "detention", slug: unique("c"), timeline: [{ date: "2017-06-03", kind: "arrest", description: { en: "Arrested." } }] }),
      editor,
    )).result;
    const [event] = await listCaseEvents(created.id);
    if (!event) throw new Error("The case has no event");
    await translateCaseEvent(event.id, "fr", { text: "Arrêté.", previousTranslation: "" }, first);
    await expect(translateCaseEvent(event.id, "fr", { text: "Interpellé.", previousTranslation: "" }, second)).rejects.toMatchObject({ code: "conflict" });
    expect((await db().caseEvent.findUniqueOrThrow({ where: { id: event.id } })).description).toEqual({ en: "Arrested.", fr: "Arrêté." });
  });
});
