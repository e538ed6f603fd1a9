import { LIST_PAGE_SIZE, type ListPage, ZCaseInput, ZCaseListQuery, ZNamedListQuery, ZOrganisationInput, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../infra/client";
import { createCase, searchCases } from "./cases";
import { createOrganisation, searchOrganisations } from "./organisations";
import { createPerson, type EditablePerson, searchPersons } from "./persons";

/** Every line of a list, following each page's `next` as its "more" link does. */
async function everyPage<T extends { id: string }>(list: (after: unknown) => Promise<ListPage<T>>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: unknown;
  let pages = 0;
  do {
    const page = await list(after);
    ids.push(...page.items.map((item) => item.id));
    pages++;
    after = page.next;
  } while (after);
  return { ids, pages };
}

describe("the editor's registry lists", { timeout: 60_000 }, () => {
  it("find people under any spelling, internal ones too, and by nationality", async () => {
    const editor = await makeActor("editor");
    const surname = unique("Zhakiyanova").replace("-", "");
    const person = (await createPerson(
      ZPersonInput.parse({ name: `Galym ${surname}`, confidentiality: "internal", slug: unique("p"), nationalities: ["KZ"], variants: [{ name: "Галым Жакиянов", script: "cyrillic", kind: "transliteration", locale: "ru" }] }),
      editor,
    )).result;
    const found = async (query: Record<string, unknown>) => (await searchPersons(ZNamedListQuery.parse(query))).items.map((p) => p.id);
    expect(await found({ q: surname.toLowerCase() })).toEqual([person.id]);
    expect(await found({ q: `Жакиянов`, country: "KZ" })).toContain(person.id);
    expect(await found({ q: surname, country: "PL" })).toEqual([]);
    expect((await searchPersons(ZNamedListQuery.parse({ q: surname }))).items[0]?.variants).toMatchObject([{ name: "Галым Жакиянов", script: "cyrillic" }]);
  });

  it("find cases by the words of a title in any language and by a state involved", async () => {
    const editor = await makeActor("editor");
    const word = unique("Vilnius").replace("-", "");
    const kase = (await createCase(ZCaseInput.parse({ title: { en: `Extradition hearing in ${word}`, ru: "Слушание об экстрадиции" }, kind: "extradition_request", requestingStates: ["RU"], venueState: "LT", slug: unique("case") }), editor)).result;
    const found = async (query: Record<string, unknown>) => (await searchCases(ZCaseListQuery.parse(query))).items.map((c) => c.id);
    expect(await found({ q: `hearing ${word.toLowerCase()}` })).toEqual([kase.id]);
    expect(await found({ q: word, country: "LT" })).toEqual([kase.id]);
    expect(await found({ q: word, country: "RU" })).toEqual([kase.id]);
    expect(await found({ q: word, country: "FR" })).toEqual([]);
  });

  it("page people A–Z by name, with namesakes split by id, also while searching", async () => {
    const editor = await makeActor("editor");
    const surname = unique("Pagedova").replace("-", "");
    const created: EditablePerson[] = [];
    for (let i = 0; i < LIST_PAGE_SIZE + 4; i++) {
      // Two namesakes on the page boundary, so the id decides which page each lands on.
      const name = `${surname} ${String(i === LIST_PAGE_SIZE ? LIST_PAGE_SIZE - 1 : i).padStart(3, "0")}`;
      created.push((await createPerson(ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), nationalities: ["BY"] }), editor)).result);
    }
    const searched = await everyPage((after) => searchPersons(ZNamedListQuery.parse({ q: surname, after })));
    expect(searched.pages).toBe(2);
    const expected = [...created].sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1)).map((p) => p.id);
    expect(searched.ids).toEqual(expected);
    // Without a query the database pages alone; the same order holds from any position.
    const fromMiddle = await searchPersons(ZNamedListQuery.parse({ country: "BY", after: `${created[10]?.name}_${created[10]?.id}` }));
    expect(fromMiddle.items.every((p) => p.name > (created[10]?.name ?? "") || (p.name === created[10]?.name && p.id > (created[10]?.id ?? "")))).toBe(true);
  });

  it("page cases newest first and organisations A–Z, each filtered by country", async () => {
    const editor = await makeActor("editor");
    const word = unique("Pagedcase").replace("-", "");
    const cases = [];
    for (let i = 0; i < LIST_PAGE_SIZE + 2; i++) {
      cases.push((await createCase(ZCaseInput.parse({ title: { en: `${word} ${i}` }, kind: "extradition_request", venueState: "EE", slug: unique("case") }), editor)).result);
    }
    // Cases created in the same instant: the id orders them.
    await db().case.updateMany({ where: { id: { in: cases.slice(0, 3).map((c) => c.id) } }, data: { createdAt: new Date("2020-01-01T00:00:00.000Z") } });
    const found = await everyPage((after) => searchCases(ZCaseListQuery.parse({ q: word, country: "EE", after })));
    expect(found.pages).toBe(2);
    const oldest = cases.slice(0, 3).map((c) => c.id).sort();
    expect(found.ids).toEqual([...cases.slice(3).map((c) => c.id).reverse(), ...oldest]);
    expect((await searchCases(ZCaseListQuery.parse({ q: word, country: "FR" }))).items).toEqual([]);

    const name = unique("Paged Watch");
    const organisations = [];
    for (let i = 0; i < LIST_PAGE_SIZE + 1; i++) {
      organisations.push((await createOrganisation(ZOrganisationInput.parse({ name: `${name} ${String(i).padStart(3, "0")}`, kind: "ngo", country: "LV", slug: "" }), editor)).result);
    }
    const listed = await everyPage((after) => searchOrganisations(ZNamedListQuery.parse({ q: name, country: "LV", after })));
    expect(listed).toEqual({ ids: organisations.map((o) => o.id), pages: 2 });
    expect((await searchOrganisations(ZNamedListQuery.parse({ q: name, country: "LT" }))).items).toEqual([]);
  });
});
