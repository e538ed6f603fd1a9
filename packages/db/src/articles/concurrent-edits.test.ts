import { describe, expect, it } from "vitest";
import { body, makeActor } from "../../test/fixtures";
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

    const { result: kept } = await saveVersion(id, "en", save("Shared", 2, "Admin's words"), admin);
    expect(kept.revision).toBe(3);
    expect((await listRevisions(id, "en")).items.map((r) => [r.number, r.author.name])).toEqual([
      [3, "admin"],
      [2, "editor"],
      [1, "editor"],
    ]);
    expect((await getRevision(id, "en", 2))?.body).toEqual(body("Editor's words"));
    expect((await getRevision(id, "en", 3))?.body).toEqual(body("Admin's words"));
  });

  it("lets one of two translators who start the same translation at once create it; the other is told, and keeps their text to save again", async () => {
    const editor = await makeActor("editor");
    const first = await makeActor("translator");
    const second = await makeActor("translator");
    const { id } = await createArticle({ title: "Extradition refused", summary: "", slug: "" }, editor);
    // Both started from the first source revision; the source moved on meanwhile.
    await saveVersion(id, "en", save("Extradition refused", 1, "Updated source"), editor);

    const results = await Promise.allSettled([
      saveVersion(id, "ru", save("Отказ", 0, "Перевод первого"), first),
      saveVersion(id, "ru", save("Отказ", 0, "Перевод второго"), second),
    ]);
    const refused = results.filter((result) => result.status === "rejected");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status === "rejected" && refused[0].reason).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Your text is kept"),
    });
    const winner = await getRevision(id, "ru", "latest");
    expect(winner?.number).toBe(1);
    // The other translator saves again on top, as the conflict panel offers: both texts stay in history.
    const loserText = winner?.body.content[0]?.content?.[0]?.text === "Перевод первого" ? "Перевод второго" : "Перевод первого";
    expect((await saveVersion(id, "ru", save("Отказ", 1, loserText), editor)).result.revision).toBe(2);
  });

  it("has no latest revision for a translation nobody saved yet", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Source only", summary: "", slug: "" }, editor);
    expect(await getRevision(id, "ru", "latest")).toBeNull();
  });
});
