import { ZCaseInput, ZPersonInput, ZProtectionInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { createArticle } from "../articles/articles";
import { db } from "../infra/client";
import { createCase, deleteCase, listCaseParticipants, setCaseParticipants } from "./cases";
import { listChanges } from "./history";
import { getArticleRegistryLinks, listArticlesOfPerson, setArticleRegistryLinks } from "./links";
import { createPerson, deletePerson, getPersonForEditor, mergePersons, previewPersonMerge, updatePerson } from "./persons";
import { createProtection } from "./protections";
import { getPublicCase, getPublicPerson, listPublicProtections, resolveRegistryRedirect } from "./public";

const person = (name: string, extra: Record<string, unknown> = {}) =>
  ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p"), ...extra });

describe("persons", () => {
  it("records every change with who, when, and the record before and after", async () => {
    const editor = await makeActor("editor");
    const created = (await createPerson(person("Artur Trofimov", { birth: "1970" }), editor)).result;
    const updated = (await updatePerson(created.id, person("Artur Trofimov", { slug: created.slug, status: "free" }), created.version, editor)).result;
    expect(updated.version).toBe(created.version + 1);
    const changes = await listChanges("person", created.id);
    expect(changes.map((c) => c.action)).toEqual(["update", "create"]);
    expect(changes[0]).toMatchObject({ actor: { id: editor.id }, before: { status: "unknown" }, after: { status: "free" } });
  });

  it("refuses the second of two saves from the same version with a conflict, losing nothing", async () => {
    const editor = await makeActor("editor");
    const other = await makeActor("editor");
    const created = (await createPerson(person("Igor Kononko"), editor)).result;
    const results = await Promise.allSettled([
      updatePerson(created.id, person("Igor Kononko", { slug: created.slug, roles: ["businessman"] }), created.version, editor),
      updatePerson(created.id, person("Igor Kononko", { slug: created.slug, roles: ["activist"] }), created.version, other),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ code: "conflict" });
    expect((await getPersonForEditor(created.id))?.version).toBe(created.version + 1);
  });

  it("lets only editors and admins change the registry", async () => {
    const translator = await makeActor("translator");
    await expect(createPerson(person("Alexander Pavlov"), translator)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps a renamed person's old slug as a redirect", async () => {
    const editor = await makeActor("editor");
    const created = (await createPerson(person("Tatiana Paraskevich"), editor)).result;
    const renamed = unique("tatiana-paraskevich");
    await updatePerson(created.id, person("Tatiana Paraskevich", { slug: renamed }), created.version, editor);
    expect(await resolveRegistryRedirect("person", created.slug)).toBe(renamed);
  });
});

describe("protections", () => {
  it("refuses a protection for a person who does not exist, or dated before their birth", async () => {
    const editor = await makeActor("editor");
    const input = { type: "refugee_status", grantingState: "PL", status: "granted" };
    await expect(createProtection(ZProtectionInput.parse({ ...input, personId: "nobody" }), editor)).rejects.toMatchObject({
      code: "validation",
      message: "This person does not exist in the registry.",
    });
    const born = (await createPerson(person("Muratbek Ketebayev", { birth: "1963" }), editor)).result;
    await expect(createProtection(ZProtectionInput.parse({ ...input, personId: born.id, date: "1960" }), editor)).rejects.toMatchObject({
      code: "validation",
      message: "A protection cannot be dated before the person's birth (1963)",
    });
  });
});

describe("articles of a person", () => {
  it("lists every linked article, drafts included, with its source title and each version's status", async () => {
    const editor = await makeActor("editor");
    const linked = (await createPerson(person("Vadim Linked"), editor)).result;
    const title = unique("Story about Vadim");
    const article = await createArticle({ title, summary: "", slug: "" }, editor);
    await createArticle({ title: unique("Unrelated story"), summary: "", slug: "" }, editor);
    await setArticleRegistryLinks(article.id, { personIds: [linked.id], caseIds: [] }, editor);
    expect(await listArticlesOfPerson(linked.id)).toMatchObject([{ id: article.id, title, versions: [{ locale: "en", status: "draft", title }] }]);
  });

  it("names an article's linked people and cases for the picker, without reading the whole registry", async () => {
    const editor = await makeActor("editor");
    const linked = (await createPerson(person("Zhanna Linked"), editor)).result;
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Linked case" }, kind: "extradition_request", slug: unique("case") }), editor)).result;
    const article = await createArticle({ title: unique("Linked story"), summary: "", slug: "" }, editor);
    await setArticleRegistryLinks(article.id, { personIds: [linked.id], caseIds: [kase.id] }, editor);
    expect(await getArticleRegistryLinks(article.id)).toEqual({
      persons: [{ id: linked.id, label: "Zhanna Linked" }],
      cases: [{ id: kase.id, label: "Linked case" }],
    });
  });
});

describe("merging duplicates", () => {
  it("moves names, protections, cases, article links and the slug to the survivor in one step", async () => {
    const editor = await makeActor("editor");
    const survivor = (await createPerson(person("Muratbek Ketebayev", { nationalities: ["KZ"] }), editor)).result;
    const duplicate = (await createPerson(
      person("Кетебаев Муратбек", {
        variants: [{ name: "Muratbek Ketabayev", script: "latin", locale: null, kind: "transliteration" }],
        roles: ["opposition_politician"],
        internalNotes: { contactNotes: "through counsel" },
      }),
      editor,
    )).result;
    await createProtection(ZProtectionInput.parse({ personId: duplicate.id, type: "refugee_status", grantingState: "PL", status: "granted" }), editor);
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Case" }, kind: "extradition_request", slug: unique("case") }), editor)).result;
    await setCaseParticipants(kase.id, [{ personId: duplicate.id, role: "subject" }], editor);
    const article = await createArticle({ title: unique("Merge story"), summary: "", slug: "" }, editor);
    await setArticleRegistryLinks(article.id, { personIds: [duplicate.id], caseIds: [kase.id] }, editor);

    const merged = (await mergePersons(survivor.id, duplicate.id, editor)).result;

    expect(merged.variants.map((v) => v.name)).toEqual(expect.arrayContaining(["Кетебаев Муратбек", "Muratbek Ketabayev"]));
    expect(merged.roles).toEqual(["opposition_politician"]);
    expect(merged.internalNotes.contactNotes).toBe("through counsel");
    expect(await db().protection.count({ where: { personId: survivor.id } })).toBe(1);
    expect(await db().caseParticipant.count({ where: { personId: survivor.id, caseId: kase.id } })).toBe(1);
    expect(await db().articlePerson.count({ where: { personId: survivor.id, articleId: article.id } })).toBe(1);
    expect(await getPersonForEditor(duplicate.id)).toBeNull();
    expect(await resolveRegistryRedirect("person", duplicate.slug)).toBe(survivor.slug);
    expect((await listChanges("person", survivor.id))[0]?.action).toBe("merge");
    expect(await db().auditEvent.count({ where: { action: "person.merge", targetId: survivor.id } })).toBe(1);
  });

  it("refuses to publish an internal duplicate's details through a public survivor unless the editor confirms exactly what becomes public", async () => {
    const editor = await makeActor("editor");
    const survivor = (await createPerson(person("Alexander Pavlov", { bio: { en: "Former security chief." } }), editor)).result;
    const hidden = (await createPerson(
      person("Александр Павлов", {
        confidentiality: "internal",
        variants: [{ name: "A. Pavlov-Hidden", script: "latin", locale: null, kind: "former" }],
        nationalities: ["ES"],
        bio: { ru: "Живёт под защитой." },
        internalNotes: { currentLocation: "safe house" },
      }),
      editor,
    )).result;
    await createProtection(ZProtectionInput.parse({ personId: hidden.id, type: "refugee_status", grantingState: "ES", status: "granted" }), editor);
    const publicBefore = await getPublicPerson(survivor.slug);

    const { exposed } = await previewPersonMerge(survivor.id, hidden.id, editor);
    expect(exposed).toEqual([
      { what: "Name", detail: "A. Pavlov-Hidden" },
      { what: "Name", detail: "Александр Павлов" },
      { what: "Nationality", detail: "ES" },
      { what: "Biography (Russian)", detail: "Живёт под защитой." },
      { what: "Protection", detail: "Refugee status in ES: granted" },
    ]);

    await expect(mergePersons(survivor.id, hidden.id, editor)).rejects.toMatchObject({ code: "conflict" });
    // A confirmation of less than what would be published now is no confirmation.
    await expect(mergePersons(survivor.id, hidden.id, editor, { publish: exposed.slice(1) })).rejects.toMatchObject({ code: "conflict" });
    expect(await getPublicPerson(survivor.slug)).toEqual(publicBefore);
    expect(await getPersonForEditor(hidden.id)).not.toBeNull();

    await mergePersons(survivor.id, hidden.id, editor, { publish: exposed });
    const published = await getPublicPerson(survivor.slug);
    expect(published?.person.nationalities).toEqual(["ES"]);
    expect(published?.protections).toHaveLength(1);
    // The internal record's address spells its name: it must not lead readers to the survivor.
    expect(await resolveRegistryRedirect("person", hidden.slug)).toBeNull();
    const audit = await db().auditEvent.findFirst({ where: { action: "person.merge", targetId: survivor.id } });
    expect(audit).toMatchObject({ actorId: editor.id, details: { duplicateId: hidden.id, published: exposed } });
    expect(audit?.summary).toContain("made 5 internal details public");
  });

  it("merges an internal duplicate into an internal survivor without asking, and an internal record's old addresses go", async () => {
    const editor = await makeActor("editor");
    const survivor = (await createPerson(person("Syrym Shalabayev", { confidentiality: "internal" }), editor)).result;
    const hidden = (await createPerson(person("Сырым Шалабаев", { confidentiality: "internal" }), editor)).result;
    const renamed = unique("syrym");
    await updatePerson(hidden.id, person("Сырым Шалабаев", { confidentiality: "internal", slug: renamed }), hidden.version, editor);
    expect((await previewPersonMerge(survivor.id, hidden.id, editor)).exposed).toEqual([]);
    await mergePersons(survivor.id, hidden.id, editor);
    expect(await db().slugRedirect.count({ where: { fromSlug: { in: [hidden.slug, renamed] } } })).toBe(0);
  });

  it("refuses to merge a person into itself and changes nothing", async () => {
    const editor = await makeActor("editor");
    const one = (await createPerson(person("Syrym Shalabayev"), editor)).result;
    await expect(mergePersons(one.id, one.id, editor)).rejects.toMatchObject({ code: "validation" });
    expect((await getPersonForEditor(one.id))?.version).toBe(one.version);
  });
});

describe("confidentiality", () => {
  it("never returns internal persons or internal fields from public queries", async () => {
    const editor = await makeActor("editor");
    const secret = unique("INTERNAL-SECRET");
    const hidden = (await createPerson(person("Hidden Witness", { confidentiality: "internal", internalNotes: { currentLocation: secret } }), editor)).result;
    const shown = (await createPerson(person("Igor Vinyavski", { internalNotes: { riskAssessment: secret } }), editor)).result;
    await createProtection(ZProtectionInput.parse({ personId: hidden.id, type: "asylum", grantingState: "LT", status: "granted" }), editor);
    await createProtection(ZProtectionInput.parse({ personId: shown.id, type: "refugee_status", grantingState: "LT", status: "granted" }), editor);

    expect(await getPublicPerson(hidden.slug)).toBeNull();
    const page = await getPublicPerson(shown.slug);
    expect(page?.person.name).toBe("Igor Vinyavski");
    expect(JSON.stringify(page)).not.toContain(secret);
    const table = await listPublicProtections({ state: "LT" });
    expect(table.map((p) => p.person.slug)).toContain(shown.slug);
    expect(table.map((p) => p.person.slug)).not.toContain(hidden.slug);
    expect(JSON.stringify(table)).not.toContain(secret);
  });

  it("gives case participants with their name variants, public persons only", async () => {
    const editor = await makeActor("editor");
    const variants = [{ name: "Мухтар Аблязов", script: "cyrillic", locale: "ru", kind: "official" }];
    const shown = (await createPerson(person("Mukhtar Ablyazov", { variants }), editor)).result;
    const hidden = (await createPerson(person("Hidden Witness", { confidentiality: "internal" }), editor)).result;
    const item = (await createCase(ZCaseInput.parse({ title: { en: "Extradition from France" }, kind: "extradition_request", slug: unique("c") }), editor)).result;
    await setCaseParticipants(item.id, [{ personId: shown.id, role: "subject" }, { personId: hidden.id, role: "witness" }], editor);

    const page = await getPublicCase(item.slug);
    expect(page?.participants).toEqual([{ role: "subject", person: { slug: shown.slug, name: "Mukhtar Ablyazov", variants } }]);
  });

  it("gives the case form its participants with the names and confidentiality its person picker shows", async () => {
    const editor = await makeActor("editor");
    const shown = (await createPerson(person("Aigerim Tleuzhan"), editor)).result;
    const hidden = (await createPerson(person("Sealed Witness", { confidentiality: "internal" }), editor)).result;
    const item = (await createCase(ZCaseInput.parse({ title: { en: "Case with participants" }, kind: "extradition_request", slug: unique("c") }), editor)).result;
    await setCaseParticipants(item.id, [{ personId: shown.id, role: "subject" }, { personId: hidden.id, role: "witness" }], editor);

    expect(await listCaseParticipants(item.id)).toEqual(
      expect.arrayContaining([
        { personId: shown.id, role: "subject", name: "Aigerim Tleuzhan", internal: false },
        { personId: hidden.id, role: "witness", name: "Sealed Witness", internal: true },
      ]),
    );
  });
});

describe("deleting", () => {
  it("removes a person with their protections but keeps the whole record in the history", async () => {
    const editor = await makeActor("editor");
    const gone = (await createPerson(person("Bolat Atabayev", { bio: { en: "Lives in France." } }), editor)).result;
    await createProtection(ZProtectionInput.parse({ personId: gone.id, type: "asylum", grantingState: "FR", status: "granted" }), editor);
    await deletePerson(gone.id, editor);
    expect(await getPersonForEditor(gone.id)).toBeNull();
    expect(await db().protection.count({ where: { personId: gone.id } })).toBe(0);
    const [deletion] = await listChanges("person", gone.id);
    expect(deletion).toMatchObject({ action: "delete", before: { name: "Bolat Atabayev", protections: [{ grantingState: "FR" }] } });
    await expect(deletePerson(gone.id, editor)).rejects.toMatchObject({ code: "not_found" });
  });

  it("removes a case and refuses a translator", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Detention" }, kind: "detention", slug: unique("case") }), editor)).result;
    await expect(deleteCase(kase.id, translator)).rejects.toMatchObject({ code: "forbidden" });
    await deleteCase(kase.id, editor);
    expect(await db().case.count({ where: { id: kase.id } })).toBe(0);
    expect((await listChanges("case", kase.id))[0]?.action).toBe("delete");
  });
});
