import { type RichTextDoc, type RichTextNode, ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { createArticle, getArticle, saveVersion } from "./articles";
import { resolveMentionsForPublic, searchMentionables, suggestionsForArticle } from "./mentions";
import { createCase } from "../registry/cases";
import { setArticleRegistryLinks } from "../registry/links";
import { createOrganisation } from "../registry/organisations";
import { createPerson, mergePersons, previewPersonMerge } from "../registry/persons";
import { createProtection } from "../registry/protections";
import { getRevision } from "./revisions";
import { upsertTag } from "./tags";

const person = (name: string, extra: Record<string, unknown> = {}) =>
  ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), ...extra });
const cyrillic = (name: string) => ({ name, script: "cyrillic", locale: "ru", kind: "official" });
const mention = (kind: string, id: string, label: string): RichTextNode => ({ type: "mention", attrs: { kind, id, label } });
const doc = (...inline: RichTextNode[]): RichTextDoc => ({ type: "doc", content: [{ type: "paragraph", content: inline }] });

async function articleWith(body: RichTextDoc) {
  const editor = await makeActor("editor");
  const { id } = await createArticle({ title: unique("Mentions"), summary: "", slug: "" }, editor);
  await saveVersion(id, "en", { title: "Mentions", summary: "", body, baseRevision: 1 }, editor);
  return { id, editor };
}

describe("searchMentionables", () => {
  it("finds a person under any spelling, in either script, and marks internal persons", async () => {
    const editor = await makeActor("editor");
    const yerlan = (await createPerson(person("Yerlan Zhumabayev", { variants: [cyrillic("Ерлан Жумабаев")] }), editor)).result;
    const hidden = (await createPerson(person("Zhumagali Hiddenov", { confidentiality: "internal" }), editor)).result;
    for (const query of ["Жумабаев", "zhumabaev", "Zhumabayev", "ерлан", "Zhumabay"]) {
      expect(await searchMentionables(query, 10), query).toContainEqual({ kind: "person", id: yerlan.id, label: "Yerlan Zhumabayev", internal: false });
    }
    const both = await searchMentionables("zhuma", 10);
    expect(both).toContainEqual({ kind: "person", id: hidden.id, label: "Zhumagali Hiddenov", internal: true });
  });

  it("finds cases by their title in any language and organisations by name, persons first, up to the limit", async () => {
    const editor = await makeActor("editor");
    const item = (await createCase(ZCaseInput.parse({ title: { en: "Quorvex extradition", ru: "Экстрадиция Кворвекса" }, kind: "extradition_request" }), editor)).result;
    await createOrganisation(ZOrganisationInput.parse({ name: "Quorvex Watch", kind: "ngo" }), editor);
    await createPerson(person("Anna Quorvex"), editor);
    expect((await searchMentionables("кворвекс", 10)).map((m) => m.id)).toEqual([item.id]);
    expect((await searchMentionables("quorvex", 10)).map((m) => [m.kind, m.label])).toEqual([
      ["person", "Anna Quorvex"],
      ["case", "Quorvex extradition"],
      ["organisation", "Quorvex Watch"],
    ]);
    expect(await searchMentionables("quorvex", 1)).toHaveLength(1);
    // A statement's organisation field asks for organisations only: a person or case of the name does not crowd them out.
    expect((await searchMentionables("quorvex", 1, "organisation")).map((m) => [m.kind, m.label])).toEqual([["organisation", "Quorvex Watch"]]);
  });
});

describe("searchMentionables, when more names answer than it offers", () => {
  it("offers the first persons A–Z, then the first organisations of the kind asked for", async () => {
    const editor = await makeActor("editor");
    for (const given of ["Cyra", "Abel", "Bruno"]) await createPerson(person(`${given} Velmorask`), editor);
    for (const name of ["Velmorask Watch", "Velmorask Aid", "Velmorask Legal"]) await createOrganisation(ZOrganisationInput.parse({ name, kind: "ngo" }), editor);
    expect((await searchMentionables("velmorask", 2)).map((m) => m.label)).toEqual(["Abel Velmorask", "Bruno Velmorask"]);
    expect((await searchMentionables("velmorask", 2, "organisation")).map((m) => m.label)).toEqual(["Velmorask Aid", "Velmorask Legal"]);
    expect(await searchMentionables("velmorask", 20)).toHaveLength(6);
  });
});

describe("resolveMentionsForPublic", () => {
  it("gives public records with their current name in the reader's script, and leaves internal ones out", async () => {
    const editor = await makeActor("editor");
    const pub = (await createPerson(person("Yerlan Publicov", { variants: [cyrillic("Ерлан Публиков")] }), editor)).result;
    const internal = (await createPerson(person("Confidential Source Lambda", { confidentiality: "internal" }), editor)).result;
    const item = (await createCase(ZCaseInput.parse({ title: { en: "A case", ru: "Дело" }, kind: "detention" }), editor)).result;
    const org = (await createOrganisation(ZOrganisationInput.parse({ name: "Watchers", kind: "ngo", website: "https://watchers.example.org" }), editor)).result;
    const body = doc(mention("person", pub.id, "old"), mention("person", internal.id, "Lambda"), mention("case", item.id, "x"), mention("organisation", org.id, "y"), mention("person", "deleted", "z"));
    const ru = await resolveMentionsForPublic(body, "ru");
    expect([...ru.entries()]).toEqual([
      [`person:${pub.id}`, { kind: "person", slug: pub.slug, name: "Ерлан Публиков" }],
      [`case:${item.id}`, { kind: "case", slug: item.slug, name: "Дело" }],
      [`organisation:${org.id}`, { kind: "organisation", name: "Watchers", website: "https://watchers.example.org" }],
    ]);
    const en = await resolveMentionsForPublic([{ kind: "person", id: pub.id }, { kind: "case", id: item.id }], "en");
    expect([...en.values()].map((m) => m.name)).toEqual(["Yerlan Publicov", "A case"]);
  });
});

describe("suggestionsForArticle", () => {
  it("suggests the country of a mentioned person's protection and linking them, until the article has them", async () => {
    const editor = await makeActor("editor");
    const austria = await upsertTag({ kind: "country", countryCode: "AT", labels: { en: "Austria" } });
    const protectedPerson = (await createPerson(person("Arthur Protectov"), editor)).result;
    await createProtection(ZProtectionInput.parse({ personId: protectedPerson.id, type: "diplomatic_protection", grantingState: "AT", status: "granted" }), editor);
    const { id } = await articleWith(doc({ type: "text", text: "About " }, mention("person", protectedPerson.id, "Arthur Protectov")));

    const { suggestions, current } = await suggestionsForArticle(id);
    expect(current).toEqual({ tagIds: [], personIds: [], caseIds: [] });
    expect(suggestions).toContainEqual({ type: "tag", tag: austria, reasons: ["Arthur Protectov's diplomatic protection granted by Austria"] });
    expect(suggestions).toContainEqual({ type: "person", id: protectedPerson.id, label: "Arthur Protectov", reasons: ["Mentioned in the text"] });

    await setArticleRegistryLinks(id, { personIds: [protectedPerson.id], caseIds: [] }, editor);
    const after = await suggestionsForArticle(id);
    expect(after.current.personIds).toEqual([protectedPerson.id]);
    expect(after.suggestions.some((s) => s.type === "person")).toBe(false);
  });

  it("says when the article does not exist", async () => {
    await expect(suggestionsForArticle("missing")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("mentions when persons are merged", () => {
  it("point at the survivor in every version and revision, so the article names the surviving record", async () => {
    const editor = await makeActor("editor");
    const survivor = (await createPerson(person("Mukhtar Survivorov"), editor)).result;
    const duplicate = (await createPerson(person("Mukhtar Duplicatov"), editor)).result;
    const other = (await createPerson(person("Someone Else"), editor)).result;
    const { id } = await articleWith(doc(mention("person", duplicate.id, "Mukhtar Duplicatov"), mention("person", other.id, "Someone Else")));

    await mergePersons(survivor.id, duplicate.id, editor);

    const version = (await getArticle(id))?.versions.find((v) => v.locale === "en");
    expect(version?.body).toEqual(doc(mention("person", survivor.id, "Mukhtar Duplicatov"), mention("person", other.id, "Someone Else")));
    expect((await getRevision(id, "en", 2))?.body).toEqual(version?.body);
    const resolved = await resolveMentionsForPublic(version?.body ?? doc(), "en");
    expect(resolved.get(`person:${survivor.id}`)).toMatchObject({ name: "Mukhtar Survivorov", slug: survivor.slug });
  });

  it("of an internal duplicate are counted among what a merge into a public person would publish", async () => {
    const editor = await makeActor("editor");
    const survivor = (await createPerson(person("Alma Survivorova"), editor)).result;
    const hidden = (await createPerson(person("Alma Hiddenova", { confidentiality: "internal" }), editor)).result;
    await articleWith(doc(mention("person", hidden.id, "Alma Hiddenova")));
    const { exposed } = await previewPersonMerge(survivor.id, hidden.id, editor);
    expect(exposed).toContainEqual({ what: "Mentions", detail: "named in 1 article version" });
  });
});
