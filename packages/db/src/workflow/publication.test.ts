import { cacheTags } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, unique } from "../../test/fixtures";
import { type Actor } from "../access/access";
import { createArticle, saveVersion } from "../articles/articles";
import { db } from "../infra/client";
import { getPublished } from "../articles/published";
import { restoreRevision } from "../articles/revisions";
import { markUpToDate } from "../translation/translation-status";
import { publishDueVersions, transitionVersion } from "./workflow";

/*
 * Every way a version goes live or stops being live, driven through the commands the editor calls: each
 * sets the published pointers the publication rule says, writes its audit entry, and names the pages to refresh.
 */

const save = (title: string, text: string, baseRevision: number) => ({ title, summary: "", body: body(text), baseRevision });

async function article(editor: Actor, title: string) {
  const { id, slug } = await createArticle({ title, summary: "", slug: unique("publication") }, editor);
  const version = await db().articleVersion.findUniqueOrThrow({ where: { articleId_locale: { articleId: id, locale: "en" } }, select: { id: true } });
  return { id, slug, versionId: version.id };
}

/** An article published in English and in a translator's Russian. */
async function liveTranslation(editor: Actor, translator: Actor) {
  const { id, slug } = await article(editor, "Asylum granted");
  await saveVersion(id, "ru", save("Убежище", "Текст", 0), translator);
  await transitionVersion(id, "en", { transition: "publish" }, editor);
  await transitionVersion(id, "ru", { transition: "publish" }, editor);
  const ru = await db().articleVersion.findUniqueOrThrow({ where: { articleId_locale: { articleId: id, locale: "ru" } }, select: { id: true } });
  return { id, slug, ruId: ru.id };
}

/** What readers see of a version, by its pointers, with the numbers of the revisions they point at. */
async function pointers(versionId: string) {
  const row = await db().articleVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      status: true,
      publishedAt: true,
      scheduledAt: true,
      publishedRevision: { select: { number: true } },
      publishedBase: { select: { number: true } },
    },
  });
  return { ...row, publishedRevision: row.publishedRevision?.number ?? null, publishedBase: row.publishedBase?.number ?? null };
}

const audit = (targetId: string) =>
  db().auditEvent.findMany({ where: { targetId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, actorId: true, summary: true } });

const pagesOf = (slug: string) => [cacheTags.article(slug), cacheTags.articles("en"), cacheTags.sitemap];

describe("the publication path", () => {
  it("publishes by hand: the latest revision goes live, dated now, logged, its pages refreshed", async () => {
    const editor = await makeActor("editor");
    const title = unique("Published by hand");
    const { id, slug, versionId } = await article(editor, title);
    const at = new Date("2026-04-01T09:00:00Z");
    const { revalidate } = await transitionVersion(id, "en", { transition: "publish" }, editor, at);
    expect(await pointers(versionId)).toEqual({ status: "published", publishedAt: at, scheduledAt: null, publishedRevision: 1, publishedBase: null });
    expect(await audit(versionId)).toEqual([{ action: "version.publish", actorId: editor.id, summary: `Published “${title}” (en)` }]);
    expect(revalidate).toEqual(expect.arrayContaining(pagesOf(slug)));
  });

  it("publishes on schedule: dated when announced, logged as the scheduler's, its pages named", async () => {
    const editor = await makeActor("editor");
    const title = unique("Published on schedule");
    const { id, slug, versionId } = await article(editor, title);
    const at = new Date("2031-06-01T08:00:00Z");
    await transitionVersion(id, "en", { transition: "schedule", scheduledAt: at }, editor, new Date("2031-05-01T08:00:00Z"));
    const published = (await publishDueVersions(new Date("2031-06-01T08:05:00Z"))).find((item) => item.versionId === versionId);
    expect(published?.revalidate).toEqual(expect.arrayContaining(pagesOf(slug)));
    expect(await pointers(versionId)).toEqual({ status: "published", publishedAt: at, scheduledAt: null, publishedRevision: 1, publishedBase: null });
    expect((await audit(versionId)).at(-1)).toEqual({ action: "version.publish", actorId: null, summary: `Published “${title}” (en) as scheduled` });
  });

  it("keeps an editor's save of a live version from readers until the changes are published, which is logged", async () => {
    const editor = await makeActor("editor");
    const { id, slug, versionId } = await article(editor, "Asylum granted");
    const first = new Date("2026-04-01T09:00:00Z");
    await transitionVersion(id, "en", { transition: "publish" }, editor, first);
    const live = await getPublished("en", slug);

    const saved = await saveVersion(id, "en", save("Asylum granted, half-typed sente", "Half a sente", 1), editor);
    expect(saved.revalidate).toEqual([]);
    expect(await getPublished("en", slug)).toEqual(live);
    expect(await pointers(versionId)).toMatchObject({ publishedRevision: 1 });
    expect(await audit(versionId)).toHaveLength(1);

    const { revalidate } = await transitionVersion(id, "en", { transition: "publish" }, editor, new Date("2026-04-02T09:00:00Z"));
    expect(revalidate).toEqual(expect.arrayContaining(pagesOf(slug)));
    expect(await getPublished("en", slug)).toMatchObject({ title: "Asylum granted, half-typed sente", body: body("Half a sente"), publishedAt: first });
    expect(await pointers(versionId)).toEqual({ status: "published", publishedAt: first, scheduledAt: null, publishedRevision: 2, publishedBase: null });
    expect((await audit(versionId)).at(-1)).toEqual({ action: "version.publish", actorId: editor.id, summary: "Published changes to “Asylum granted, half-typed sente” (en)" });
  });

  it("keeps a translator's save of a live translation from readers until an editor publishes the changes, with its source base", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug, ruId } = await liveTranslation(editor, translator);

    expect((await saveVersion(id, "ru", save("Убежище предоставлено", "Новый текст", 1), translator)).revalidate).toEqual([]);
    expect(await getPublished("ru", slug)).toMatchObject({ title: "Убежище" });
    expect(await audit(ruId)).toHaveLength(1);

    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect(await getPublished("ru", slug)).toMatchObject({ title: "Убежище предоставлено" });
    expect(await pointers(ruId)).toMatchObject({ status: "published", publishedRevision: 2, publishedBase: 1 });
    expect((await audit(ruId)).map((entry) => entry.summary)).toEqual(["Published “Убежище” (ru)", "Published changes to “Убежище предоставлено” (ru)"]);
  });

  it("restores an old revision of a live version as a change to publish, not as what readers see", async () => {
    const editor = await makeActor("editor");
    const { id, slug, versionId } = await article(editor, "Extradition refused");
    await saveVersion(id, "en", save("Extradition refused", "Old words", 1), editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    await saveVersion(id, "en", save("Extradition refused", "New words", 2), editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);

    expect((await restoreRevision(id, "en", 2, 3, editor)).revalidate).toEqual([]);
    expect(await getPublished("en", slug)).toMatchObject({ body: body("New words") });
    expect(await pointers(versionId)).toMatchObject({ publishedRevision: 3 });
    expect(await audit(versionId)).toHaveLength(2);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect(await getPublished("en", slug)).toMatchObject({ body: body("Old words") });
  });

  it("unpublishes and archives: nothing is left for readers, each is logged and refreshes the pages the article left", async () => {
    const editor = await makeActor("editor");
    const unpublished = await article(editor, "Taken down");
    const archived = await article(editor, "Archived");
    for (const { id } of [unpublished, archived]) await transitionVersion(id, "en", { transition: "publish" }, editor);

    const off = await transitionVersion(unpublished.id, "en", { transition: "unpublish" }, editor);
    const away = await transitionVersion(archived.id, "en", { transition: "archive" }, editor);
    expect(off.revalidate).toEqual(expect.arrayContaining(pagesOf(unpublished.slug)));
    expect(away.revalidate).toEqual(expect.arrayContaining(pagesOf(archived.slug)));
    for (const [{ slug, versionId }, status, action, summary] of [
      [unpublished, "draft", "version.unpublish", "Unpublished “Taken down” (en)"],
      [archived, "archived", "version.archive", "Archived “Archived” (en)"],
    ] as const) {
      expect(await getPublished("en", slug)).toBeNull();
      expect(await pointers(versionId)).toMatchObject({ status, publishedRevision: null, publishedBase: null });
      expect((await audit(versionId)).at(-1)).toEqual({ action, actorId: editor.id, summary });
    }
  });

  it("ends readers' outdated notice when the live translation is reviewed, logged as a review", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug, ruId } = await liveTranslation(editor, translator);
    await saveVersion(id, "en", save("Asylum granted", "Text, updated", 1), editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeInstanceOf(Date);

    const { revalidate } = await markUpToDate(id, "ru", 2, translator);
    expect(revalidate).toEqual(expect.arrayContaining([cacheTags.article(slug), cacheTags.articles("ru")]));
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeNull();
    expect(await pointers(ruId)).toMatchObject({ publishedRevision: 1, publishedBase: 2 });
    expect((await audit(ruId)).at(-1)).toEqual({
      action: "version.reviewed",
      actorId: translator.id,
      summary: "Marked the ru translation up to date with source revision 2",
    });
  });
});
