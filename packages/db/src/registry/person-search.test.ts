import { registrySearchText, ZNamedListQuery, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { db } from "../infra/client";
import { searchMentionables } from "../articles/mentions";
import { backfillPersonSearchText } from "./person-search";
import { createPerson, mergePersons, searchPersons, updatePerson } from "./persons";

const person = (name: string, variants: string[] = []) =>
  ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), variants: variants.map((v) => ({ name: v, script: "cyrillic", kind: "transliteration", locale: "ru" })) });
const listed = async (q: string) => (await searchPersons(ZNamedListQuery.parse({ q }))).items.map((p) => p.id);

describe("a person's search text", () => {
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

    expect(await backfillPersonSearchText()).toBeGreaterThanOrEqual(1);
    expect((await db().person.findUniqueOrThrow({ where: { id: old.id }, select: { searchText: true } })).searchText).toBe(registrySearchText([`Bota ${surname}`]));
    expect(await listed(surname)).toEqual([old.id]);
  });

  it("is searched through its trigram index, not by reading every person", async () => {
    await db().$executeRawUnsafe("SET enable_seqscan = off");
    try {
      const plan = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Person" WHERE "searchText" LIKE '%|persona 4321%'`);
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Person_searchText_trgm_idx");
    } finally {
      await db().$executeRawUnsafe("SET enable_seqscan = on");
    }
  });
});
