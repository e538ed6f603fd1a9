import { describe, expect, it } from "vitest";
import { makeActor, unique } from "../../test/fixtures";
import { changeArticleSlug, listArticleOldSlugs } from "./article-slugs";
import { createArticle, getArticle } from "./articles";
import { transitionVersion } from "../workflow/workflow";
import { db } from "../infra/client";
import { getPublished, resolveArticleRedirect } from "./published";

async function publishedArticle() {
  const editor = await makeActor("editor");
  const article = await createArticle({ title: "Extradition refused", summary: "", slug: unique("old") }, editor);
  await transitionVersion(article.id, "en", { transition: "publish" }, editor);
  return { editor, ...article };
}

describe("changeArticleSlug", () => {
  it("moves a published article and keeps the old slug redirecting to the new one", async () => {
    const { editor, id, slug: oldSlug } = await publishedArticle();
    const newSlug = unique("new");
    await expect(changeArticleSlug(id, newSlug, editor)).resolves.toMatchObject({ result: { slug: newSlug } });
    expect((await getArticle(id))?.slug).toBe(newSlug);
    expect(await resolveArticleRedirect(oldSlug)).toBe(newSlug);
    expect(await getPublished("en", newSlug)).toMatchObject({ title: "Extradition refused" });
    expect(await listArticleOldSlugs(id)).toEqual([oldSlug]);
  });

  it("records who changed the address in the audit log", async () => {
    const { editor, id, slug: oldSlug } = await publishedArticle();
    const newSlug = unique("audited");
    await changeArticleSlug(id, newSlug, editor);
    const events = await db().auditEvent.findMany({ where: { targetType: "article", targetId: id, action: "article.slug" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, details: { from: oldSlug, to: newSlug, redirectKept: true } });
  });

  it("keeps no redirect for an article that was never published", async () => {
    const editor = await makeActor("editor");
    const { id, slug: oldSlug } = await createArticle({ title: "Draft only", summary: "", slug: unique("draft") }, editor);
    await changeArticleSlug(id, unique("renamed"), editor);
    expect(await listArticleOldSlugs(id)).toEqual([]);
    expect(await resolveArticleRedirect(oldSlug)).toBeNull();
  });

  it("keeps the redirect of an article that was published once and is now unpublished, but does not reveal it", async () => {
    const { editor, id, slug: oldSlug } = await publishedArticle();
    await transitionVersion(id, "en", { transition: "unpublish" }, editor);
    await changeArticleSlug(id, unique("hidden"), editor);
    expect(await listArticleOldSlugs(id)).toEqual([oldSlug]);
    expect(await resolveArticleRedirect(oldSlug)).toBeNull();
  });

  it("takes back an old slug of the same article and drops that redirect", async () => {
    const { editor, id, slug: first } = await publishedArticle();
    const second = unique("second");
    await changeArticleSlug(id, second, editor);
    await changeArticleSlug(id, first, editor);
    expect((await getArticle(id))?.slug).toBe(first);
    expect(await listArticleOldSlugs(id)).toEqual([second]);
    expect(await resolveArticleRedirect(second)).toBe(first);
    expect(await resolveArticleRedirect(first)).toBeNull();
  });

  it("refuses the current or old slug of another article with a conflict", async () => {
    const { editor, id: otherId, slug: otherOld } = await publishedArticle();
    await changeArticleSlug(otherId, unique("other-now"), editor);
    const other = await getArticle(otherId);
    const { id } = await publishedArticle();
    await expect(changeArticleSlug(id, other?.slug ?? "", editor)).rejects.toMatchObject({ code: "conflict", fields: { slug: "Already used" } });
    await expect(changeArticleSlug(id, otherOld, editor)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a new article whose slug another article used before", async () => {
    const { editor, id, slug: oldSlug } = await publishedArticle();
    await changeArticleSlug(id, unique("moved"), editor);
    await expect(createArticle({ title: "Copycat", summary: "", slug: oldSlug }, editor)).rejects.toMatchObject({ code: "conflict" });
  });

  it("lets only editors and admins change the address", async () => {
    const { id } = await publishedArticle();
    const translator = await makeActor("translator");
    await expect(changeArticleSlug(id, unique("nope"), translator)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers not found for an unknown article", async () => {
    const editor = await makeActor("editor");
    await expect(changeArticleSlug("no-such-article", unique("x"), editor)).rejects.toMatchObject({ code: "not_found" });
  });
});
