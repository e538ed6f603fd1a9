import { ZCaseInput, ZPersonInput, ZRegistryListQuery } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { createCase, searchCases } from "./cases";
import { createPerson, searchPersons } from "./persons";

describe("the editor's registry lists", () => {
  it("find people under any spelling, internal ones too, and by nationality", async () => {
    const editor = await makeActor("editor");
    const surname = unique("Zhakiyanova").replace("-", "");
    const person = await createPerson(
      ZPersonInput.parse({ name: `Galym ${surname}`, confidentiality: "internal", slug: unique("p"), nationalities: ["KZ"], variants: [{ name: "Галым Жакиянов", script: "cyrillic", kind: "transliteration", locale: "ru" }] }),
      editor,
    );
    const found = async (query: Record<string, unknown>) => (await searchPersons(ZRegistryListQuery.parse(query))).map((p) => p.id);
    expect(await found({ q: surname.toLowerCase() })).toEqual([person.id]);
    expect(await found({ q: `Жакиянов`, country: "KZ" })).toContain(person.id);
    expect(await found({ q: surname, country: "PL" })).toEqual([]);
    expect((await searchPersons(ZRegistryListQuery.parse({ q: surname })))[0]?.variants).toMatchObject([{ name: "Галым Жакиянов", script: "cyrillic" }]);
  });

  it("find cases by the words of a title in any language and by a state involved", async () => {
    const editor = await makeActor("editor");
    const word = unique("Vilnius").replace("-", "");
    const kase = await createCase(ZCaseInput.parse({ title: { en: `Extradition hearing in ${word}`, ru: "Слушание об экстрадиции" }, kind: "extradition_request", requestingStates: ["RU"], venueState: "LT", slug: unique("case") }), editor);
    const found = async (query: Record<string, unknown>) => (await searchCases(ZRegistryListQuery.parse(query))).map((c) => c.id);
    expect(await found({ q: `hearing ${word.toLowerCase()}` })).toEqual([kase.id]);
    expect(await found({ q: word, country: "LT" })).toEqual([kase.id]);
    expect(await found({ q: word, country: "RU" })).toEqual([kase.id]);
    expect(await found({ q: word, country: "FR" })).toEqual([]);
  });
});
