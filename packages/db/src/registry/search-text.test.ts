import { registrySearchText, ZCaseInput, ZCaseListQuery, ZNamedListQuery, ZOrganisationInput, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../infra/client";
import { searchMentionables } from "../articles/mentions";
import { createCase, searchCases, updateCase } from "./cases";
import { createOrganisation, searchOrganisations, updateOrganisation } from "./organisations";
import { createPerson, mergePersons, searchPersons, updatePerson } from "./persons";
import { backfillSearchText } from "./search-text";

const person = (name: string, variants: string[] = []) =>
  ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), variants: variants.map((v) => ({ name: v, script: "cyrillic", kind: "transliteration", locale: "ru" })) });
const listed = async (q: string) => (await searchPersons(ZNamedListQuery.parse({ q }))).items.map((p) => p.id);

describe("a registry record's search text", () => {
  it("is written with the names on every save and merge, and finds them in any script", async () => {
    const editor = await makeActor("editor");
    const surname = unique("Tokayeva").replace("-", "");
    const created = (await createPerson(person(`Aigul ${surname}`, ["Айгуль Токаева"]), editor)).result;
    const stored = async (id: string) => (await db().person.findUniqueOrThrow({ where: { id }, select: { searchText: true } })).searchText;
    expect(await stored(created.id)).toBe(registrySearchText([`Aigul ${surname}`, "Айгуль Токаева"]));
    expect(await listed(surname)).toEqual([created.id]);

    const renamed = `Aigerim ${surname}`;
    await updatePerson(created.id, { ...person(renamed, ["Айгерим Токаева"]), slug: created.slug }, created.version, editor);
    expect(await stored(created.id)).toBe(registrySearchText([renamed, "Айгерим Токаева"]));

    const duplicate = (await createPerson(person(`${surname} Duplicate`, ["Дубликат Токаевой"]), editor)).result;
    await mergePersons(created.id, duplicate.id, editor);
    expect(await stored(created.id)).toContain("дубликат токаевой");
  });

  it("leaves people saved before it was kept findable, and the backfill writes theirs", async () => {
    const editor = await makeActor("editor");
    const surname = unique("Sadykova").replace("-", "");
    const old = (await createPerson(person(`Bota ${surname}`), editor)).result;
    await db().person.update({ where: { id: old.id }, data: { searchText: null } });
    expect(await listed(surname)).toEqual([old.id]);
    expect((await searchMentionables(`bota ${surname}`, 8)).map((m) => m.id)).toContain(old.id);

    // Unwritten records come first A–Z and are no match: the @ popup reads on past them to the one that is.
    const word = unique("Quellan").replace("-", "");
    for (const given of ["Aaron", "Abbas"]) {
      const unwritten = (await createPerson(person(`${given} Other${word}`), editor)).result;
      await db().person.update({ where: { id: unwritten.id }, data: { searchText: null } });
    }
    const match = (await createPerson(person(`Zoya ${word}`), editor)).result;
    expect((await searchMentionables(word, 1)).map((m) => m.id)).toEqual([match.id]);

    expect(await backfillSearchText()).toBeGreaterThanOrEqual(1);
    expect((await db().person.findUniqueOrThrow({ where: { id: old.id }, select: { searchText: true } })).searchText).toBe(registrySearchText([`Bota ${surname}`]));
    expect(await listed(surname)).toEqual([old.id]);
  });

  it("is written with a case's titles and an organisation's name, which their lists and the mention picker find through it", async () => {
    const editor = await makeActor("editor");
    const word = unique("Quillan").replace("-", "");
    const kase = (await createCase(ZCaseInput.parse({ title: { en: `Extradition of ${word}`, ru: "Экстрадиция" }, kind: "extradition_request", slug: unique("case") }), editor)).result;
    const organisation = (await createOrganisation(ZOrganisationInput.parse({ name: `${word} Watch`, kind: "ngo", slug: "" }), editor)).result;
    const storedCase = async () => (await db().case.findUniqueOrThrow({ where: { id: kase.id }, select: { searchText: true } })).searchText;
    const storedOrganisation = async () => (await db().organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { searchText: true } })).searchText;
    expect(await storedCase()).toBe(registrySearchText([`Extradition of ${word}`, "Экстрадиция"]));
    expect(await storedOrganisation()).toBe(registrySearchText([`${word} Watch`]));

    const renamed = `${word}ova`;
    await updateCase(kase.id, ZCaseInput.parse({ title: { en: `Asylum of ${renamed}` }, kind: "asylum_procedure", slug: kase.slug }), kase.version, editor);
    await updateOrganisation(organisation.id, ZOrganisationInput.parse({ name: `${renamed} Rights`, kind: "ngo", slug: organisation.slug }), organisation.version, editor);
    expect(await storedCase()).toBe(registrySearchText([`Asylum of ${renamed}`]));
    expect(await storedOrganisation()).toBe(registrySearchText([`${renamed} Rights`]));

    expect((await searchCases(ZCaseListQuery.parse({ q: `asylum ${renamed}` }))).items.map((c) => c.id)).toEqual([kase.id]);
    expect((await searchOrganisations(ZNamedListQuery.parse({ q: renamed }))).items.map((o) => o.id)).toEqual([organisation.id]);
    expect((await searchMentionables(renamed, 8)).map((m) => m.id).sort()).toEqual([kase.id, organisation.id].sort());
  });

  it("leaves cases and organisations saved before it was kept findable, and the backfill writes theirs", async () => {
    const editor = await makeActor("editor");
    const word = unique("Ormasby").replace("-", "");
    const kase = (await createCase(ZCaseInput.parse({ title: { en: `Detention of ${word}` }, kind: "detention", slug: unique("case") }), editor)).result;
    const organisation = (await createOrganisation(ZOrganisationInput.parse({ name: `${word} Committee`, kind: "ngo", slug: "" }), editor)).result;
    await db().case.update({ where: { id: kase.id }, data: { searchText: null } });
    await db().organisation.update({ where: { id: organisation.id }, data: { searchText: null } });
    expect((await searchMentionables(word, 8)).map((m) => m.id).sort()).toEqual([kase.id, organisation.id].sort());

    expect(await backfillSearchText()).toBeGreaterThanOrEqual(2);
    expect((await db().case.findUniqueOrThrow({ where: { id: kase.id }, select: { searchText: true } })).searchText).toBe(registrySearchText([`Detention of ${word}`]));
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { searchText: true } })).searchText).toBe(registrySearchText([`${word} Committee`]));
    expect((await searchCases(ZCaseListQuery.parse({ q: word }))).items.map((c) => c.id)).toEqual([kase.id]);
  });

  it.each(["Person", "Case", "Organisation"])("is searched through the %s table's trigram index, not by reading every row", async (table) => {
    // People have two trigram indexes (GIN, and GiST for misspellings); either answers a fragment.
    expect(await planWithoutSeqScan(`SELECT id FROM "${table}" WHERE "searchText" LIKE '%|aigul abenov%'`)).toMatch(new RegExp(`${table}_searchText_(trgm|gist)_idx`));
  });

  it("finds the likest names for a misspelling through the people's trigram GiST index", async () => {
    const plan = await planWithoutSeqScan(`SELECT id FROM "Person" WHERE "searchText" %> 'aigul abenof' ORDER BY "searchText" <->> 'aigul abenof' LIMIT 10`);
    expect(plan).toContain("Person_searchText_gist_idx");
  });
});

/** The plan PostgreSQL makes for a query when it may not read a table whole: which index, if any, answers it. */
async function planWithoutSeqScan(sql: string): Promise<string> {
  await db().$executeRawUnsafe("SET enable_seqscan = off");
  try {
    const plan = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
    return plan.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await db().$executeRawUnsafe("SET enable_seqscan = on");
  }
}
