import { describe, expect, it } from "vitest";
import { body, makeActor } from "../../test/fixtures";
import { createArticle, saveVersion } from "./articles";
import { addComment, listComments, setCommentResolved } from "./comments";

const note = (text: string) => ({ quote: "Minsk", anchorFrom: 13, anchorTo: 18, body: text });

async function article() {
  const editor = await makeActor("editor");
  const { id } = await createArticle({ title: "Commented", summary: "", slug: "" }, editor);
  await saveVersion(id, "en", { title: "Commented", summary: "", body: body("Arrested in Minsk."), baseRevision: 1 }, editor);
  return { id, editor };
}

describe("review comments", () => {
  it("are added by anyone signed in and listed oldest first with their authors", async () => {
    const { id, editor } = await article();
    const translator = await makeActor("translator");
    await addComment(id, "en", note("Which court?"), translator);
    await addComment(id, "en", note("Add the date."), editor);
    const list = await listComments(id, "en", translator);
    expect(list.map((c) => [c.body, c.author.name, c.quote, c.resolvedAt])).toEqual([
      ["Which court?", "translator", "Minsk", null],
      ["Add the date.", "editor", "Minsk", null],
    ]);
    // A translator may resolve their own comment only.
    expect(list.map((c) => c.canResolve)).toEqual([true, false]);
    expect(await listComments(id, "ru", translator)).toEqual([]);
  });

  it("are resolved and reopened by their author or an editor, recording who resolved them", async () => {
    const { id, editor } = await article();
    const translator = await makeActor("translator");
    const comment = await addComment(id, "en", note("Check the spelling."), translator);
    const resolved = await setCommentResolved(id, "en", comment.id, true, editor);
    expect(resolved).toMatchObject({ resolvedBy: { name: "editor" }, resolvedAt: expect.any(Date) });
    const reopened = await setCommentResolved(id, "en", comment.id, false, translator);
    expect(reopened).toMatchObject({ resolvedBy: null, resolvedAt: null });
  });

  it("may not be resolved by another translator", async () => {
    const { id, editor } = await article();
    const translator = await makeActor("translator");
    const comment = await addComment(id, "en", note("Source?"), editor);
    await expect(setCommentResolved(id, "en", comment.id, true, translator)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listComments(id, "en", editor))[0]?.resolvedAt).toBeNull();
  });

  it("need a saved version, and are found only under their own version", async () => {
    const { id, editor } = await article();
    await expect(addComment(id, "de", note("Too early"), editor)).rejects.toMatchObject({ code: "not_found" });
    const comment = await addComment(id, "en", note("Fine"), editor);
    await expect(setCommentResolved(id, "de", comment.id, true, editor)).rejects.toMatchObject({ code: "not_found" });
  });
});
