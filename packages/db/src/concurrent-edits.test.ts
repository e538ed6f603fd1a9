import { describe, expect, it } from "vitest";
import { body, makeActor } from "../test/fixtures";
import { createArticle, saveVersion } from "./articles";
import { getRevision, listRevisions } from "./revisions";

const save = (title: string, baseRevision: number, text: string) => ({ title, summary: "", body: body(text), baseRevision });

describe("two people editing the same version", () => {
  it("refuses the second save from the same base; saved again on top of the first, both stay in history", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const { id } = await createArticle({ title: "Shared", summary: "", slug: "" }, editor);

    await saveVersion(id, "en", save("Shared", 1, "Editor's words"), editor);
    await expect(saveVersion(id, "en", save("Shared", 1, "Admin's words"), admin)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("revision 2"),
    });
    // What the editor who ran into the conflict reads to decide: the latest revision and who saved it.
    expect(await getRevision(id, "en", "latest")).toMatchObject({ number: 2, body: body("Editor's words"), author: { name: "editor" } });

    const kept = await saveVersion(id, "en", save("Shared", 2, "Admin's words"), admin);
    expect(kept.revision).toBe(3);
    expect((await listRevisions(id, "en")).map((r) => [r.number, r.author.name])).toEqual([
      [3, "admin"],
      [2, "editor"],
      [1, "editor"],
    ]);
    expect((await getRevision(id, "en", 2))?.body).toEqual(body("Editor's words"));
    expect((await getRevision(id, "en", 3))?.body).toEqual(body("Admin's words"));
  });

  it("has no latest revision for a translation nobody saved yet", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Source only", summary: "", slug: "" }, editor);
    expect(await getRevision(id, "ru", "latest")).toBeNull();
  });
});
