import { type Keyset, keysetParam, LIST_PAGE_SIZE, ZCaseInput, ZOrganisationInput, ZPersonInput, ZProtectionInput, ZTimeValue } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, makeTopicTag, unique } from "../../test/fixtures";
import { deleteArticle } from "../articles/article-deletion";
import { getArticleFootprint } from "../articles/article-footprint";
import { createArticle, getArticle, saveVersion, setArticleTags } from "../articles/articles";
import { listAuditEvents, recordAudit } from "./audit";
import { db } from "../infra/client";
import { createCase, deleteCase } from "../registry/cases";
import { transitionVersion } from "../workflow/workflow";
import { setArticleRegistryLinks } from "../registry/links";
import { createOrganisation, deleteOrganisation } from "../registry/organisations";
import { createPerson, deletePerson } from "../registry/persons";
import { createProtection, deleteProtection } from "../registry/protections";

/** A page's `next`, read back as the log's address would give it. */
const ZAuditAfter = keysetParam(ZTimeValue);

describe("the audit log", () => {
  it("lists events newest first, page by page, with who acted, and filters by action and by person", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    const targetId = unique("version");
    for (let i = 0; i < LIST_PAGE_SIZE + 2; i++) {
      await recordAudit({ action: "version.publish", actorId: editor.id, targetType: "version", targetId, summary: `Published #${i}` });
    }
    await recordAudit({ action: "version.unpublish", actorId: null, targetType: "version", targetId, summary: "Unpublished by the scheduler" });

    const byEditor = await listAuditEvents({ actorId: editor.id }, admin);
    expect(byEditor.items).toHaveLength(LIST_PAGE_SIZE);
    expect(byEditor.items[0]).toMatchObject({ action: "version.publish", summary: `Published #${LIST_PAGE_SIZE + 1}`, actor: { id: editor.id, name: "editor" } });
    const second = await listAuditEvents({ actorId: editor.id, after: ZAuditAfter.parse(byEditor.next) }, admin);
    expect(second.items.map((event) => event.summary)).toEqual(["Published #1", "Published #0"]);
    expect(second.next).toBeNull();

    const unpublished = await listAuditEvents({ action: "version.unpublish" }, admin);
    expect(unpublished.items[0]).toMatchObject({ summary: "Unpublished by the scheduler", actor: null });
    expect(unpublished.items.every((event) => event.action === "version.unpublish")).toBe(true);
  });

  it("pages through events of the same instant without repeating or losing one, and keeps a span of days", async () => {
    const admin = await makeActor("admin");
    const editor = await makeActor("editor");
    const at = new Date("2021-03-04T23:59:59.000Z");
    const event = { action: "user.role", actorId: editor.id, targetType: "user", targetId: editor.id };
    const sameInstant = Array.from({ length: LIST_PAGE_SIZE + 5 }, (_, i) => ({ ...event, summary: `Same instant #${i}`, at }));
    await db().auditEvent.createMany({ data: [...sameInstant, { ...event, summary: "The next day", at: new Date("2021-03-05T00:00:00.000Z") }] });

    const seen: string[] = [];
    let after: Keyset<Date> | undefined;
    do {
      const page = await listAuditEvents({ actorId: editor.id, to: new Date("2021-03-04T00:00:00.000Z"), after }, admin);
      seen.push(...page.items.map((event) => event.summary));
      after = page.next === null ? undefined : ZAuditAfter.parse(page.next);
    } while (after);
    expect(seen).toHaveLength(LIST_PAGE_SIZE + 5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain("The next day");

    const nextDay = await listAuditEvents({ actorId: editor.id, from: new Date("2021-03-05T00:00:00.000Z") }, admin);
    expect(nextDay.items.map((event) => event.summary)).toEqual(["The next day"]);
    expect((await listAuditEvents({ actorId: editor.id, from: new Date("2021-03-06T00:00:00.000Z") }, admin)).items).toEqual([]);
  });

  it("is for admins only", async () => {
    for (const role of ["editor", "translator"] as const) {
      await expect(listAuditEvents({}, await makeActor(role))).rejects.toMatchObject({
        code: "forbidden",
        message: "Only admins may read the audit log.",
      });
    }
  });
});

describe("deleting an article", () => {
  it("removes it with its versions and links, and records title and slug in the log", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const title = unique("Story to delete");
    const { id, slug } = await createArticle({ title, summary: "", slug: "" }, editor);
    await saveVersion(id, "ru", { title: "Перевод", summary: "", body: body("Text"), baseRevision: 0 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);

    await deleteArticle(id, editor);

    expect(await getArticle(id)).toBeNull();
    expect(await db().articleVersion.count({ where: { articleId: id } })).toBe(0);
    const log = await listAuditEvents({ action: "article.delete", actorId: editor.id }, admin);
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ targetType: "article", targetId: id, summary: `Deleted "${title}" (${slug})` });
    const event = await db().auditEvent.findUniqueOrThrow({ where: { id: log.items[0]?.id } });
    expect(event.details).toMatchObject({ title, slug });
  });

  it("is refused to translators, and reports an article that is already gone", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: unique("Kept"), summary: "", slug: "" }, editor);
    await expect(deleteArticle(id, await makeActor("translator"))).rejects.toMatchObject({ code: "forbidden" });
    expect(await getArticle(id)).not.toBeNull();
    await deleteArticle(id, editor);
    await expect(deleteArticle(id, editor)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("registry deletions", () => {
  it("each land in the audit log with a readable summary", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const person = (await createPerson(ZPersonInput.parse({ name: "Deleted Person", confidentiality: "public", slug: unique("p") }), editor)).result;
    const protection = (await createProtection(ZProtectionInput.parse({ personId: person.id, type: "asylum", grantingState: "LT", status: "granted" }), editor)).result;
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Deleted case" }, kind: "extradition_request", slug: unique("case") }), editor)).result;
    const organisation = (await createOrganisation(ZOrganisationInput.parse({ name: "Deleted NGO", kind: "ngo", slug: unique("o") }), editor)).result;

    await deleteProtection(protection.id, editor);
    await deletePerson(person.id, editor);
    await deleteCase(kase.id, editor);
    await deleteOrganisation(organisation.id, editor);

    const log = await listAuditEvents({ actorId: editor.id }, admin);
    expect(log.items.map((event) => [event.action, event.summary])).toEqual([
      ["organisation.delete", `Deleted organisation Deleted NGO (${organisation.slug})`],
      ["case.delete", `Deleted case Deleted case (${kase.slug})`],
      ["person.delete", `Deleted person Deleted Person (${person.slug})`],
      ["protection.delete", "Deleted protection of Deleted Person: asylum by LT"],
    ]);
  });
});

describe("an article's footprint on the public site", () => {
  it("lists its slug, published languages, tags and public people and cases, not internal people, once it is published", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await createArticle({ title: unique("Footprint"), summary: "", slug: "" }, editor);
    await saveVersion(id, "pl", { title: "Przekład", summary: "", body: body("Text"), baseRevision: 0 }, editor);
    const tag = await makeTopicTag("Asylum");
    await setArticleTags(id, [tag.id], editor);
    const shown = (await createPerson(ZPersonInput.parse({ name: "Shown", confidentiality: "public", slug: unique("p") }), editor)).result;
    const hidden = (await createPerson(ZPersonInput.parse({ name: "Hidden", confidentiality: "internal", slug: unique("p") }), editor)).result;
    const kase = (await createCase(ZCaseInput.parse({ title: { en: "Linked" }, kind: "extradition_request", slug: unique("case") }), editor)).result;
    await setArticleRegistryLinks(id, { personIds: [shown.id, hidden.id], caseIds: [kase.id] }, editor);

    // Unpublished, it is on no public page: a draft's save refreshes nothing.
    expect(await getArticleFootprint(id)).toEqual({ slugs: [], locales: [], tagSlugs: [], personSlugs: [], caseSlugs: [] });
    await transitionVersion(id, "pl", { transition: "publish" }, editor);
    expect(await getArticleFootprint(id)).toEqual({
      slugs: [slug],
      locales: ["pl"],
      tagSlugs: [tag.slug],
      personSlugs: [shown.slug],
      caseSlugs: [kase.slug],
    });
    expect(await getArticleFootprint("no-such-article")).toBeNull();
  });
});
