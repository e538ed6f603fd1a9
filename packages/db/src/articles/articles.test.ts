import { AppError, ZArticleListQuery } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, makeTopicTag, unique } from "../../test/fixtures";
import { createArticle, getArticle, listArticles, saveVersion, setArticleTags } from "./articles";
import { db } from "../infra/client";
import { transitionVersion } from "../workflow/workflow";

const save = (title: string, baseRevision: number, text = "Body text") => ({
  title,
  summary: "",
  body: body(text),
  baseRevision,
});

describe("articles", () => {
  it("creates an article with a source version as revision 1 and a slug from its title", async () => {
    const editor = await makeActor("editor");
    const title = `Poland grants refugee status ${unique("t")}`;
    const { id, slug } = await createArticle({ title, summary: "Two activists", slug: "" }, editor);
    expect(slug).toMatch(/^poland-grants-refugee-status-t-/);
    const article = await getArticle(id);
    expect(article?.versions).toHaveLength(1);
    expect(article?.versions[0]).toMatchObject({ locale: "en", title, status: "draft", revision: 1 });
    const revisions = await db().articleRevision.findMany({ where: { versionId: article?.versions[0]?.id } });
    expect(revisions.map((r) => r.number)).toEqual([1]);
  });

  it("makes slugs from Cyrillic titles and numbers repeated ones", async () => {
    const editor = await makeActor("editor");
    const title = `Кетебаев ${unique("x")}`;
    const first = await createArticle({ title, summary: "", slug: "" }, editor);
    const second = await createArticle({ title, summary: "", slug: "" }, editor);
    expect(first.slug).toMatch(/^ketebaev-x-/);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("refuses a slug that is already used, with a conflict", async () => {
    const editor = await makeActor("editor");
    const slug = unique("taken");
    await createArticle({ title: "One", summary: "", slug }, editor);
    await expect(createArticle({ title: "Two", summary: "", slug }, editor)).rejects.toMatchObject({ code: "conflict" });
  });

  it("keeps every save as an immutable revision with its author", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Draft", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Second", 1), editor);
    const { result: third } = await saveVersion(id, "en", save("Third", 2, "More text"), editor);
    expect(third.revision).toBe(3);
    const revisions = await db().articleRevision.findMany({ where: { versionId: third.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.title, r.authorId])).toEqual([
      [1, "Draft", editor.id],
      [2, "Second", editor.id],
      [3, "Third", editor.id],
    ]);
    // The body is stored as the document itself, in the version and its revision alike.
    const stored = await db().articleVersion.findUniqueOrThrow({ where: { id: third.id }, select: { body: true } });
    expect([stored.body, revisions.at(-1)?.body]).toEqual([body("More text"), body("More text")]);
  });

  it("adds no revision for a save that changes nothing", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Same", summary: "", slug: "" }, editor);
    const { result: saved } = await saveVersion(id, "en", save("Same", 1, "Unchanged text"), editor);
    const { result: again } = await saveVersion(id, "en", save("Same", 2, "Unchanged text"), editor);
    expect(again.revision).toBe(2);
    expect(again.body).toEqual(saved.body);
    // The same document with its keys in another order is the same text.
    const reordered = { content: saved.body.content.map(({ content, type }) => ({ content, type })), type: "doc" as const };
    expect((await saveVersion(id, "en", { ...save("Same", 2), body: reordered }, editor)).result.revision).toBe(2);
    expect(await db().articleRevision.count({ where: { versionId: saved.id } })).toBe(2);
    expect((await saveVersion(id, "en", save("Same", 2, "Changed text"), editor)).result.revision).toBe(3);
  });

  it("refuses a save based on an older revision instead of overwriting", async () => {
    const editor = await makeActor("editor");
    const other = await makeActor("editor");
    const { id } = await createArticle({ title: "Shared", summary: "", slug: "" }, editor);
    await saveVersion(id, "en", save("Mine", 1), editor);
    await expect(saveVersion(id, "en", save("Theirs", 1), other)).rejects.toMatchObject({ code: "conflict" });
    expect((await getArticle(id))?.versions[0]?.title).toBe("Mine");
  });

  it("lets only one of two simultaneous saves of the same revision through", async () => {
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Race", summary: "", slug: "" }, editor);
    const results = await Promise.allSettled([
      saveVersion(id, "en", save("A", 1), editor),
      saveVersion(id, "en", save("B", 1), editor),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await getArticle(id))?.versions[0]?.revision).toBe(2);
  });

  it("records the source revision a translation was made from", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await createArticle({ title: "Source", summary: "", slug: "" }, editor);
    const { result: source } = await saveVersion(id, "en", save("Source v2", 1), editor);
    const { result: ru } = await saveVersion(id, "ru", save("Перевод", 0), translator);
    const sourceRevision = await db().articleRevision.findUniqueOrThrow({
      where: { versionId_number: { versionId: source.id, number: 2 } },
    });
    expect(ru).toMatchObject({ locale: "ru", revision: 1, basedOnRevisionId: sourceRevision.id, status: "draft" });
  });

  it("lets a translator edit translations but not the source, publish or tag", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await createArticle({ title: "Source", summary: "", slug: "" }, editor);
    await expect(saveVersion(id, "en", save("Changed", 1), translator)).rejects.toMatchObject({ code: "forbidden" });
    await saveVersion(id, "pl", save("Tłumaczenie", 0), translator);
    await expect(transitionVersion(id, "pl", { transition: "publish" }, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setArticleTags(id, [], translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createArticle({ title: "X", summary: "", slug: "" }, translator)).rejects.toBeInstanceOf(AppError);
  });

  it("replaces tags and refuses unknown ones without changing anything", async () => {
    const editor = await makeActor("editor");
    const asylum = await makeTopicTag("Asylum");
    const extradition = await makeTopicTag("Extradition");
    const { id } = await createArticle({ title: "Tagged", summary: "", slug: "" }, editor);
    await setArticleTags(id, [asylum.id, extradition.id], editor);
    await expect(setArticleTags(id, [asylum.id, "no-such-tag"], editor)).rejects.toMatchObject({
      code: "validation",
      message: "Unknown tag: no-such-tag",
    });
    const article = await getArticle(id);
    expect(article?.tags.map((t) => t.labels.en).sort()).toEqual(["Asylum", "Extradition"]);
  });

  it("lists articles with every language version and its status", async () => {
    const editor = await makeActor("editor");
    const title = unique("Listed");
    const { id } = await createArticle({ title, summary: "", slug: "" }, editor);
    await saveVersion(id, "ru", save("Перевод", 0), editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    const item = (await listArticles(ZArticleListQuery.parse({ author: editor.id }))).items.find((a) => a.id === id);
    expect(item?.title).toBe(title);
    expect(item?.versions.map((v) => [v.locale, v.status])).toEqual([
      ["en", "published"],
      ["ru", "draft"],
    ]);
  });

  it("says not found for an article that does not exist", async () => {
    const editor = await makeActor("editor");
    await expect(saveVersion("missing", "en", save("X", 0), editor)).rejects.toMatchObject({ code: "not_found" });
  });
});
