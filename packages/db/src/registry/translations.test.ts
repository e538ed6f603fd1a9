import { ZCaseInput, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../client";
import { createCase, listCaseEvents } from "./cases";
import { createPerson, getPersonForEditor } from "./persons";
import { translateCaseEvent, translatePersonBio } from "./translations";

describe("registry translations", () => {
  it("lets a translator translate a bio and an event description, but not the English source", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const person = await createPerson(ZPersonInput.parse({ name: "Alma Shalabayeva", slug: unique("p"), bio: { en: "Deported in 2013." } }), editor);
    await translatePersonBio(person.id, "ru", "Депортирована в 2013 году.", translator);
    expect((await getPersonForEditor(person.id))?.bio).toEqual({ en: "Deported in 2013.", ru: "Депортирована в 2013 году." });
    await expect(translatePersonBio(person.id, "en", "Changed", translator)).rejects.toMatchObject({ code: "forbidden" });

    const created = await createCase(
      ZCaseInput.parse({
        title: { en: "Deportation from Italy" },
        kind: "deportation",
        slug: unique("c"),
        timeline: [{ date: "2013-05-31", kind: "deportation", description: { en: "Deported to Kazakhstan." } }],
      }),
      editor,
    );
    const [event] = await listCaseEvents(created.id);
    expect(event).toMatchObject({ date: { year: 2013, month: 5, day: 31 }, kind: "deportation", description: { en: "Deported to Kazakhstan." } });
    if (!event) throw new Error("The case has no event");
    await translateCaseEvent(event.id, "uk", "Депортовано до Казахстану.", translator);
    const translated = await db().caseEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(translated.description).toEqual({ en: "Deported to Kazakhstan.", uk: "Депортовано до Казахстану." });
    await expect(translateCaseEvent(event.id, "en", "Changed", translator)).rejects.toMatchObject({ code: "forbidden" });
  });
});
