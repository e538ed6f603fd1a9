import { PAGE_SIZE } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, makeTopicTag, queue, unique } from "../../test/fixtures";
import { createArticle, saveVersion, setArticleTags } from "./articles";
import { countPublishedByTag, getPublished, listPublished, listPublishedArchive, listPublishedByTag } from "./published";
import { upsertTag } from "./tags";
import { markUpToDate } from "../translation/translation-status";
import { transitionVersion } from "../workflow/workflow";

describe("public reads", () => {
  it("shows published versions only, never drafts", async () => {
    const editor = await makeActor("editor");
    const draft = await createArticle({ title: "Secret draft", summary: "", slug: unique("draft") }, editor);
    const news = await createArticle({ title: "Public news", summary: "", slug: unique("news") }, editor);
    await transitionVersion(news.id, "en", { transition: "publish" }, editor);

    expect(await getPublished("en", draft.slug)).toBeNull();
    expect(await getPublished("en", news.slug)).toMatchObject({ title: "Public news", locale: "en", locales: ["en"] });
    const slugs = (await listPublished("en", 1)).items.map((a) => a.slug);
    expect(slugs).toContain(news.slug);
    expect(slugs).not.toContain(draft.slug);
  });

  it("serves each language separately and lists the languages an article is published in", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await createArticle({ title: "Extradition refused", summary: "", slug: unique("multi") }, editor);
    await saveVersion(id, "ru", { title: "В экстрадиции отказано", summary: "", body: body("Текст"), baseRevision: 0 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    // The Russian draft is never shown: a Russian reader gets the English original.
    expect(await getPublished("ru", slug)).toMatchObject({ locale: "en", title: "Extradition refused", locales: ["en"] });
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    const ru = await getPublished("ru", slug);
    expect(ru).toMatchObject({ title: "В экстрадиции отказано", locales: ["en", "ru"] });
    expect(ru?.body.content[0]).toMatchObject({ type: "paragraph" });
  });

  it("falls back to the source, else to another published language, and is null when none is published", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await createArticle({ title: "Asylum granted", summary: "", slug: unique("fallback") }, editor);
    await saveVersion(id, "pl", { title: "Azyl przyznany", summary: "", body: body("Tekst"), baseRevision: 0 }, editor);
    expect(await getPublished("de", slug)).toBeNull();
    await transitionVersion(id, "pl", { transition: "publish" }, editor);
    // With the source unpublished there is no original to compare a translation with.
    expect(await getPublished("de", slug)).toMatchObject({ locale: "pl", locales: ["pl"], originalUpdatedAt: null });
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect(await getPublished("de", slug)).toMatchObject({ locale: "en", locales: ["en", "pl"], originalUpdatedAt: null });
    expect(await getPublished("en", unique("missing"))).toBeNull();
  });

  it("tells readers of a translation when the published original changed since it was made, and only then", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await createArticle({ title: "Extradition refused", summary: "", slug: unique("stale") }, editor);
    await saveVersion(id, "en", { title: "Extradition refused", summary: "", body: body("Text"), baseRevision: 1 }, editor);
    await saveVersion(id, "ru", { title: "В экстрадиции отказано", summary: "", body: body("Текст"), baseRevision: 0 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeNull();

    // An editor's change of the published original, once published, reaches readers of the translation as a notice.
    await saveVersion(id, "en", { title: "Extradition refused", summary: "", body: body("Text, updated"), baseRevision: 2 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeInstanceOf(Date);
    expect((await getPublished("en", slug))?.originalUpdatedAt).toBeNull();
    // Undone: the original's text is again what the translation was made from.
    await saveVersion(id, "en", { title: "Extradition refused", summary: "", body: body("Text"), baseRevision: 3 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeNull();
  });

  it("shows readers the published revision: a translator's later save waits for an editor to publish it", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await createArticle({ title: "Asylum granted", summary: "", slug: unique("gate") }, editor);
    await saveVersion(id, "ru", { title: "Убежище предоставлено", summary: "", body: body("Текст"), baseRevision: 0 }, translator);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);

    expect((await queue("publish", editor)).map((item) => item.articleId)).not.toContain(id);
    await saveVersion(id, "ru", { title: "Убежище предоставлено в мае", summary: "", body: body("Новый текст"), baseRevision: 1 }, translator);
    expect(await getPublished("ru", slug)).toMatchObject({ title: "Убежище предоставлено", body: body("Текст") });
    // Editors find it waiting on their dashboard.
    expect((await queue("publish", editor)).filter((item) => item.articleId === id)).toMatchObject([{ locale: "ru", title: "Убежище предоставлено в мае" }]);
    expect((await listPublished("ru", 1)).items.find((item) => item.slug === slug)?.title).toBe("Убежище предоставлено");
    await expect(transitionVersion(id, "ru", { transition: "publish" }, translator)).rejects.toMatchObject({ code: "forbidden" });

    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect(await getPublished("ru", slug)).toMatchObject({ title: "Убежище предоставлено в мае", body: body("Новый текст") });
    expect((await queue("publish", editor)).map((item) => item.articleId)).not.toContain(id);
    await expect(transitionVersion(id, "ru", { transition: "publish" }, editor)).rejects.toMatchObject({
      code: "conflict",
      message: "This version is published and has no unpublished changes.",
    });
  });

  it("keeps the notice while an updated translation waits for an editor, and ends it with the publication", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await createArticle({ title: "Asylum granted", summary: "", slug: unique("notice") }, editor);
    await saveVersion(id, "ru", { title: "Убежище", summary: "", body: body("Текст"), baseRevision: 0 }, translator);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    await saveVersion(id, "en", { title: "Asylum granted", summary: "", body: body("Text, updated"), baseRevision: 1 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeInstanceOf(Date);

    // Updated and reviewed, but not yet published: readers still read the old translation, so still warned.
    await saveVersion(id, "ru", { title: "Убежище", summary: "", body: body("Текст, обновлённый"), baseRevision: 1 }, translator);
    await markUpToDate(id, "ru", 2, translator);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeInstanceOf(Date);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeNull();
  });

  it("ends the notice when the live translation itself is reviewed as still right", async () => {
    const editor = await makeActor("editor");
    const { id, slug } = await createArticle({ title: "Asylum granted", summary: "", slug: unique("reviewed") }, editor);
    await saveVersion(id, "ru", { title: "Убежище", summary: "", body: body("Текст"), baseRevision: 0 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    await saveVersion(id, "en", { title: "Asylum granted", summary: "", body: body("Text, with a typo fixed"), baseRevision: 1 }, editor);
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeInstanceOf(Date);
    await markUpToDate(id, "ru", 2, editor);
    expect((await getPublished("ru", slug))?.originalUpdatedAt).toBeNull();
  });

  it("lists newest first, a page at a time", async () => {
    const editor = await makeActor("editor");
    const tag = await makeTopicTag("Paging");
    const ids: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      const { id } = await createArticle({ title: `Item ${i}`, summary: "", slug: "" }, editor);
      await setArticleTags(id, [tag.id], editor);
      await transitionVersion(id, "en", { transition: "publish" }, editor);
      ids.push(id);
    }
    const first = await listPublishedByTag("en", tag.slug, 1);
    const second = await listPublishedByTag("en", tag.slug, 2);
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, pageCount: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]?.title).toBe(`Item ${PAGE_SIZE + 1}`);
    expect(second.items.map((a) => a.title)).toEqual(["Item 1", "Item 0"]);
    expect(first.items[0]?.tags.map((t) => t.slug)).toEqual([tag.slug]);
  });

  it("files the archive by country, topic and year, and counts each tag's published articles per language", async () => {
    const editor = await makeActor("editor");
    const topic = await makeTopicTag("Archive");
    const draftOnly = await makeTopicTag("Drafts only");
    const austria = await upsertTag({ kind: "country", countryCode: "AT", labels: { en: "Austria" } });
    const publish = async (tagIds: string[]) => {
      const { id, slug } = await createArticle({ title: "Archived news", summary: "", slug: unique("archive") }, editor);
      await setArticleTags(id, tagIds, editor);
      await transitionVersion(id, "en", { transition: "publish" }, editor);
      return slug;
    };
    const both = await publish([topic.id, austria.id]);
    const topicOnly = await publish([topic.id]);
    const draft = await createArticle({ title: "Not yet", summary: "", slug: unique("archive") }, editor);
    await setArticleTags(draft.id, [topic.id, draftOnly.id], editor);
    const year = new Date().getUTCFullYear();

    const slugs = async (filter: Parameters<typeof listPublishedArchive>[1]) => (await listPublishedArchive("en", filter, 1)).items.map((item) => item.slug);
    expect(await slugs({ topic: topic.slug })).toEqual([topicOnly, both]);
    expect(await slugs({ topic: topic.slug, country: "AT" })).toEqual([both]);
    expect(await slugs({ topic: topic.slug, year })).toEqual([topicOnly, both]);
    expect(await slugs({ topic: topic.slug, year: year - 1 })).toEqual([]);
    // A country code is not a topic: the filters name their kind of tag.
    expect(await slugs({ topic: austria.slug })).toEqual([]);
    expect(await slugs({ topic: topic.slug, country: "PL" })).toEqual([]);

    const counts = await countPublishedByTag("en");
    expect(counts.find((entry) => entry.tag.id === topic.id)?.count).toBe(2);
    expect(counts.map((entry) => entry.tag.id)).not.toContain(draftOnly.id);
    expect((await countPublishedByTag("ru")).map((entry) => entry.tag.id)).not.toContain(topic.id);
  });
});
