import { LIST_PAGE_SIZE, ZRevisionHistoryQuery } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor } from "../../test/fixtures";
import { createArticle, getArticle, saveVersion } from "./articles";
import { getRevision, listRevisions, restoreRevision } from "./revisions";

const save = (title: string, baseRevision: number, text: string) => ({ title, summary: "", body: body(text), baseRevision });

describe("revisions", () => {
  it("lists revisions newest first with their authors", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Second", 1, "Text"), admin);
    const revisions = await listRevisions(id, "en");
    expect(revisions.items.map((r) => [r.number, r.title, r.author.name])).toEqual([
      [2, "Second", "admin"],
      [1, "First", "editor"],
    ]);
    expect(revisions.next).toBeNull();
    expect(await listRevisions(id, "ru")).toEqual({ items: [], next: null });
  });

  it("lists a long history a page at a time, each page going on where the last one ended", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Revision 1", summary: "", slug: "" }, editor);
    for (let revision = 1; revision < LIST_PAGE_SIZE + 5; revision++) await saveVersion(id, "en", save(`Revision ${revision + 1}`, revision, `Text ${revision}`), editor);
    const first = await listRevisions(id, "en");
    expect(first.items.map((r) => r.number)).toEqual(Array.from({ length: LIST_PAGE_SIZE }, (_, i) => LIST_PAGE_SIZE + 5 - i));
    // The position goes through the address, as the history page's "Next page" link carries it.
    const { after } = ZRevisionHistoryQuery.parse({ after: first.next });
    const second = await listRevisions(id, "en", after);
    expect(second.items.map((r) => [r.number, r.title])).toEqual([5, 4, 3, 2, 1].map((n) => [n, `Revision ${n}`]));
    expect(second.next).toBeNull();
  });

  it("gets one revision's full content, or null when there is none", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", { ...save("Second", 1, "Old words"), summary: "A summary" }, editor);
    expect(await getRevision(id, "en", 2)).toMatchObject({ number: 2, title: "Second", summary: "A summary", body: body("Old words") });
    expect(await getRevision(id, "en", 3)).toBeNull();
  });

  it("restores an old revision as a new one, keeping every revision", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Second", 1, "Old words"), editor);
    await saveVersion(id, "en", save("Third", 2, "New words"), editor);
    const { result: restored } = await restoreRevision(id, "en", 2, 3, editor);
    expect(restored).toMatchObject({ revision: 4, title: "Second", body: body("Old words") });
    expect((await listRevisions(id, "en")).items.map((r) => [r.number, r.title])).toEqual([
      [4, "Second"],
      [3, "Third"],
      [2, "Second"],
      [1, "First"],
    ]);
    expect((await getRevision(id, "en", 3))?.body).toEqual(body("New words"));
  });

  it("refuses a restore based on a stale revision as a conflict", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Second", 1, "Text"), editor);
    await expect(restoreRevision(id, "en", 1, 1, editor)).rejects.toMatchObject({ code: "conflict" });
    expect((await getArticle(id))?.versions[0]).toMatchObject({ revision: 2, title: "Second" });
  });

  it("does not let a translator restore the English source", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Second", 1, "Text"), editor);
    await expect(restoreRevision(id, "en", 1, 2, translator)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listRevisions(id, "en")).items).toHaveLength(2);
  });

  it("answers not found for a revision that does not exist", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "First", summary: "", slug: "" }, editor);
    await expect(restoreRevision(id, "en", 7, 1, editor)).rejects.toMatchObject({ code: "not_found" });
  });
});
