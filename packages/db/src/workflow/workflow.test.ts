import { describe, expect, it } from "vitest";
import { body, makeActor, queue, unique } from "../../test/fixtures";
import { type Actor } from "../access/access";
import { createArticle, saveVersion } from "../articles/articles";
import { db } from "../infra/client";
import { getPublished, listPublished } from "../articles/published";
import { assignReviewer, isLatestAuthor, listReviewers, publishDueVersions, transitionVersion } from "./workflow";

/** An English article, with a Russian translation when asked for; returns ids to address both. */
async function article(author: Actor, options: { translator?: Actor } = {}) {
  const { id, slug } = await createArticle({ title: unique("Workflow"), summary: "", slug: "" }, author);
  if (options.translator) {
    await saveVersion(id, "ru", { title: "Перевод", summary: "", body: body("Текст"), baseRevision: 0 }, options.translator);
  }
  return { id, slug };
}

const auditOf = (targetId: string) => db().auditEvent.findMany({ where: { targetId }, orderBy: { at: "asc" } });

describe("transitionVersion", () => {
  it("takes a translation from a translator's submission through review to the public site", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await article(editor, { translator });

    const { result: submitted } = await transitionVersion(id, "ru", { transition: "submit", reviewerId: editor.id }, translator);
    expect(submitted).toMatchObject({ status: "in_review", reviewerId: editor.id });
    expect((await queue("review", editor)).map((item) => [item.articleId, item.locale])).toContainEqual([id, "ru"]);

    await expect(transitionVersion(id, "ru", { transition: "approve" }, translator)).rejects.toMatchObject({
      code: "forbidden",
      message: "Only editors and admins may approve a version.",
    });
    await expect(transitionVersion(id, "ru", { transition: "publish" }, translator)).rejects.toMatchObject({ code: "forbidden" });
    expect(await getPublished("ru", slug)).toBeNull();

    expect((await transitionVersion(id, "ru", { transition: "approve" }, editor)).result.status).toBe("approved");
    expect(await getPublished("ru", slug)).toBeNull();
    const { result: published } = await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect(published.status).toBe("published");
    expect(await getPublished("ru", slug)).toMatchObject({ title: "Перевод", locale: "ru" });

    const events = await auditOf(published.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["version.publish", editor.id]]);
    expect(events[0]?.summary).toBe("Published “Перевод” (ru)");
  });

  it("keeps the first publication date through unpublishing and publishing again, and logs both", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await article(editor);
    const first = new Date("2026-03-01T10:00:00Z");
    const { result: published } = await transitionVersion(id, "en", { transition: "publish" }, editor, first);
    expect(published.publishedAt).toEqual(first);
    const { result: unpublished } = await transitionVersion(id, "en", { transition: "unpublish" }, editor);
    expect(unpublished.status).toBe("draft");
    expect(await getPublished("en", slug)).toBeNull();
    const { result: again } = await transitionVersion(id, "en", { transition: "publish" }, editor, new Date("2026-03-02T10:00:00Z"));
    expect(again.publishedAt).toEqual(first);
    expect((await auditOf(published.id)).map((e) => e.action)).toEqual(["version.publish", "version.unpublish", "version.publish"]);
  });

  it("refuses a move the current status does not allow, and changes nothing", async () => {
    const editor = await makeActor("editor");
    const { id } = await article(editor);
    await expect(transitionVersion(id, "en", { transition: "approve" }, editor)).rejects.toMatchObject({
      code: "conflict",
      message: "This version is draft, so it cannot be approved.",
    });
    await expect(transitionVersion(id, "en", { transition: "unpublish" }, editor)).rejects.toMatchObject({ code: "conflict" });
    const version = await db().articleVersion.findFirstOrThrow({ where: { articleId: id } });
    expect(version.status).toBe("draft");
    expect(await auditOf(version.id)).toEqual([]);
  });

  it("refuses a language version that was never saved, and an article that does not exist", async () => {
    const editor = await makeActor("editor");
    const { id } = await article(editor);
    await expect(transitionVersion(id, "de", { transition: "publish" }, editor)).rejects.toMatchObject({ code: "not_found" });
    await expect(transitionVersion("no-such-article", "en", { transition: "publish" }, editor)).rejects.toMatchObject({ code: "not_found" });
  });

  it("accepts only editors and admins as reviewers", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await article(editor, { translator });
    await expect(transitionVersion(id, "ru", { transition: "submit", reviewerId: translator.id }, translator)).rejects.toMatchObject({
      code: "validation",
      fields: { reviewerId: "Not an editor or admin" },
    });
    await expect(transitionVersion(id, "ru", { transition: "submit", reviewerId: "nobody" }, translator)).rejects.toMatchObject({
      code: "validation",
    });
    const version = await db().articleVersion.findFirstOrThrow({ where: { articleId: id, locale: "ru" } });
    expect(version).toMatchObject({ status: "draft", reviewerId: null });
  });

  it("lets only one of two simultaneous clicks through", async () => {
    const editor = await makeActor("editor");
    const other = await makeActor("admin");
    const { id } = await article(editor);
    const results = await Promise.allSettled([
      transitionVersion(id, "en", { transition: "publish" }, editor),
      transitionVersion(id, "en", { transition: "publish" }, other),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
  });

  it("archives a version off the public site and restores it as a draft", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await article(editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    const { result: archived } = await transitionVersion(id, "en", { transition: "archive" }, editor);
    expect(archived.status).toBe("archived");
    expect(await getPublished("en", slug)).toBeNull();
    expect((await transitionVersion(id, "en", { transition: "restore" }, editor)).result.status).toBe("draft");
    expect((await auditOf(archived.id)).map((e) => e.action)).toEqual(["version.publish", "version.archive"]);
  });
});

describe("scheduled publishing", () => {
  const T = new Date("2030-01-01T08:00:00Z");
  const seconds = (n: number) => new Date(T.getTime() + n * 1000);
  const dueIds = async (now: Date) => (await publishDueVersions(now)).map((p) => p.versionId);

  async function scheduled(editor: Actor, at = T) {
    const { id, slug } = await article(editor);
    const { result: version } = await transitionVersion(id, "en", { transition: "schedule", scheduledAt: at }, editor, seconds(-3600));
    return { id, slug, versionId: version.id };
  }

  it("refuses a publication time that is not in the future", async () => {
    const editor = await makeActor("editor");
    const { id } = await article(editor);
    await expect(transitionVersion(id, "en", { transition: "schedule", scheduledAt: T }, editor, T)).rejects.toMatchObject({
      code: "validation",
      message: "The publication time must be in the future",
      fields: { scheduledAt: "The publication time must be in the future" },
    });
    await expect(transitionVersion(id, "en", { transition: "schedule" }, editor)).rejects.toMatchObject({ code: "validation" });
  });

  it("publishes a version scheduled at T not at T-1s but at T+1s, exactly once, dated T, by nobody", async () => {
    const editor = await makeActor("editor");
    const { id, slug, versionId } = await scheduled(editor);
    expect(await queue("scheduled", editor)).toContainEqual(expect.objectContaining({ articleId: id, status: "scheduled", scheduledAt: T }));
    expect(await getPublished("en", slug)).toBeNull();

    expect(await dueIds(seconds(-1))).not.toContain(versionId);
    expect(await getPublished("en", slug)).toBeNull();

    expect(await dueIds(seconds(1))).toContain(versionId);
    expect(await getPublished("en", slug)).toMatchObject({ publishedAt: T });
    expect(await dueIds(seconds(2))).not.toContain(versionId);
    expect((await queue("scheduled", editor)).map((item) => item.articleId)).not.toContain(id);

    const events = await auditOf(versionId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["version.schedule", editor.id],
      ["version.publish", null],
    ]);
  });

  it("publishes once when two runners go at the same moment", async () => {
    const editor = await makeActor("editor");
    const { versionId } = await scheduled(editor, seconds(30));
    const [a, b] = await Promise.all([dueIds(seconds(31)), dueIds(seconds(31))]);
    expect([...(a ?? []), ...(b ?? [])].filter((v) => v === versionId)).toHaveLength(1);
    expect((await auditOf(versionId)).filter((e) => e.action === "version.publish")).toHaveLength(1);
  });

  it("catches up after downtime: a run long after T still publishes", async () => {
    const editor = await makeActor("editor");
    const { versionId } = await scheduled(editor, seconds(60));
    expect(await dueIds(seconds(86_400))).toContain(versionId);
  });

  it("forgets the time when unscheduled or archived, so nothing publishes it later", async () => {
    const editor = await makeActor("editor");
    const unscheduled = await scheduled(editor, seconds(90));
    const archived = await scheduled(editor, seconds(90));
    const { result: back } = await transitionVersion(unscheduled.id, "en", { transition: "unschedule" }, editor, seconds(-10));
    expect(back).toMatchObject({ status: "approved", scheduledAt: null });
    await transitionVersion(archived.id, "en", { transition: "archive" }, editor, seconds(-10));
    const due = await dueIds(seconds(91));
    expect(due).not.toContain(unscheduled.versionId);
    expect(due).not.toContain(archived.versionId);
  });

  it("keeps scheduled, approved and in-review versions off the public listings", async () => {
    const editor = await makeActor("editor");
    const waiting = await scheduled(editor, seconds(120));
    const approved = await article(editor);
    await transitionVersion(approved.id, "en", { transition: "submit" }, editor);
    const inReview = await article(editor);
    await transitionVersion(inReview.id, "en", { transition: "submit" }, editor);
    await transitionVersion(approved.id, "en", { transition: "approve" }, editor);
    const listed = (await listPublished("en", 1)).items.map((item) => item.slug);
    for (const { slug } of [waiting, approved, inReview]) {
      expect(await getPublished("en", slug)).toBeNull();
      expect(listed).not.toContain(slug);
    }
  });
});

describe("dashboard", () => {
  it("lists the drafts whose latest revision the user wrote", async () => {
    const editor = await makeActor("editor");
    const other = await makeActor("editor");
    const mine = await article(editor);
    const takenOver = await article(editor);
    await saveVersion(takenOver.id, "en", { title: "Edited", summary: "", body: body("By someone else"), baseRevision: 1 }, other);
    const submitted = await article(editor);
    await transitionVersion(submitted.id, "en", { transition: "submit" }, editor);

    const ids = (await queue("drafts", editor)).map((item) => item.articleId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(takenOver.id);
    expect(ids).not.toContain(submitted.id);
    expect((await queue("drafts", other)).map((item) => item.articleId)).toContain(takenOver.id);
    expect((await queue("drafts", editor)).find((item) => item.articleId === mine.id)).toMatchObject({
      articleSlug: mine.slug,
      locale: "en",
      status: "draft",
    });
  });

  it("shows a reviewer what was asked of them, and editors what nobody was asked to review", async () => {
    const editor = await makeActor("editor");
    const colleague = await makeActor("editor");
    const translator = await makeActor("translator");
    const mine = await article(editor, { translator });
    const theirs = await article(editor, { translator });
    const nobodys = await article(editor, { translator });
    await transitionVersion(mine.id, "ru", { transition: "submit", reviewerId: editor.id }, translator);
    await transitionVersion(theirs.id, "ru", { transition: "submit", reviewerId: colleague.id }, translator);
    await transitionVersion(nobodys.id, "ru", { transition: "submit" }, translator);

    const forEditor = (await queue("review", editor)).map((item) => item.articleId);
    expect(forEditor).toEqual(expect.arrayContaining([mine.id, nobodys.id]));
    expect(forEditor).not.toContain(theirs.id);
    expect((await queue("review", translator)).map((item) => item.articleId)).toEqual([]);
  });

  it("assigns and withdraws a reviewer for whoever may edit the version", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await article(editor, { translator });
    expect((await assignReviewer(id, "ru", editor.id, translator)).reviewerId).toBe(editor.id);
    expect((await assignReviewer(id, "ru", null, translator)).reviewerId).toBeNull();
    await expect(assignReviewer(id, "en", editor.id, translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(assignReviewer(id, "ru", translator.id, editor)).rejects.toMatchObject({ code: "validation" });
    await expect(assignReviewer(id, "de", editor.id, editor)).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists editors and admins as reviewers, and knows who wrote the latest revision", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await article(editor, { translator });
    const reviewerIds = (await listReviewers()).map((r) => r.id);
    expect(reviewerIds).toContain(editor.id);
    expect(reviewerIds).not.toContain(translator.id);
    expect(await isLatestAuthor(id, "ru", translator.id)).toBe(true);
    expect(await isLatestAuthor(id, "ru", editor.id)).toBe(false);
    expect(await isLatestAuthor(id, "de", editor.id)).toBe(false);
  });
});
