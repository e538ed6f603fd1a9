import { ZArticleListQuery } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor } from "../../test/fixtures";
import { createArticle, getArticle, listArticles, saveVersion } from "../articles/articles";
import { db } from "../infra/client";
import { getSourceChangesSince, markUpToDate } from "./translation-status";

const save = (title: string, baseRevision: number, text: string) => ({ title, summary: "", body: body(text), baseRevision });

/** An article whose English source is at revision 2 and whose Russian translation was made from it. */
async function translatedArticle() {
  const editor = await makeActor("editor");
  const translator = await makeActor("translator");
  const { id } = await createArticle({ title: "Extradition refused", summary: "", slug: "" }, editor);
  await saveVersion(id, "en", save("Extradition refused", 1, "Detained in 2013."), editor);
  await saveVersion(id, "ru", save("В выдаче отказано", 0, "Задержан в 2013 году."), translator);
  return { id, editor, translator };
}

/** The article's line in the editor's list, found among its own author's articles (each test has its own editor). */
async function outdatedIn(id: string) {
  const { authorId } = await db().article.findUniqueOrThrow({ where: { id }, select: { authorId: true } });
  const { items } = await listArticles(ZArticleListQuery.parse({ author: authorId }));
  return items.find((article) => article.id === id)?.versions.map((version) => [version.locale, version.outdated]);
}

// Each test makes users, an article and several revisions: slow on a busy machine.
describe("outdated translations", { timeout: 60_000 }, () => {
  it("marks a translation outdated when the source text changes, with the changes since its base", async () => {
    const { id, editor } = await translatedArticle();
    expect(await outdatedIn(id)).toEqual([
      ["en", false],
      ["ru", false],
    ]);
    await saveVersion(id, "en", save("Extradition refused", 2, "Detained on 31 July 2013."), editor);
    expect(await outdatedIn(id)).toEqual([
      ["en", false],
      ["ru", true],
    ]);
    const changes = await getSourceChangesSince(id, "ru");
    expect(changes).toMatchObject({
      staleness: "outdated",
      base: { number: 2, body: body("Detained in 2013.") },
      current: { number: 3, body: body("Detained on 31 July 2013.") },
    });
  });

  it("is not outdated after a save of the source that changes nothing, or a change that was undone", async () => {
    const { id, editor } = await translatedArticle();
    await saveVersion(id, "en", save("Extradition refused", 2, "Detained in 2013."), editor);
    expect((await getArticle(id))?.versions.find((v) => v.locale === "en")?.revision).toBe(2);
    await saveVersion(id, "en", save("Extradition refused", 2, "A mistake."), editor);
    await saveVersion(id, "en", save("Extradition refused", 3, "Detained in 2013."), editor);
    expect(await outdatedIn(id)).toEqual([
      ["en", false],
      ["ru", false],
    ]);
    expect((await getSourceChangesSince(id, "ru"))?.staleness).toBe("current");
  });

  it("treats a translation without a base revision as outdated (unknown)", async () => {
    const { id } = await translatedArticle();
    await db().articleVersion.update({ where: { articleId_locale: { articleId: id, locale: "ru" } }, data: { basedOnRevisionId: null } });
    expect(await outdatedIn(id)).toEqual([
      ["en", false],
      ["ru", true],
    ]);
    expect(await getSourceChangesSince(id, "ru")).toMatchObject({ staleness: "unknown", base: null, current: { number: 2 } });
  });

  it("lets a translator mark it up to date after review, unless the source changed again", async () => {
    const { id, editor, translator } = await translatedArticle();
    await saveVersion(id, "en", save("Extradition refused", 2, "Detained on 31 July 2013."), editor);
    await saveVersion(id, "en", save("Extradition refused", 3, "Detained in France on 31 July 2013."), editor);
    await expect(markUpToDate(id, "ru", 3, translator)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("now at revision 4"),
    });
    expect((await getSourceChangesSince(id, "ru"))?.staleness).toBe("outdated");

    const { result: changes } = await markUpToDate(id, "ru", 4, translator);
    expect(changes).toMatchObject({ staleness: "current", base: { number: 4 }, current: { number: 4 } });
    expect(await outdatedIn(id)).toEqual([
      ["en", false],
      ["ru", false],
    ]);
    const audit = await db().auditEvent.findFirst({ where: { action: "version.reviewed", actorId: translator.id } });
    expect(audit?.summary).toBe("Marked the ru translation up to date with source revision 4");
  });

  it("refuses marking the source or a translation that does not exist", async () => {
    const { id, editor, translator } = await translatedArticle();
    await expect(markUpToDate(id, "en", 2, editor)).rejects.toMatchObject({ code: "validation" });
    await expect(markUpToDate(id, "en", 2, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(markUpToDate(id, "pl", 2, translator)).rejects.toMatchObject({ code: "not_found" });
    expect(await getSourceChangesSince(id, "pl")).toBeNull();
    expect(await getSourceChangesSince(id, "en")).toBeNull();
  });
});
