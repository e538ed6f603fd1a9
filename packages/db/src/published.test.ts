import { PAGE_SIZE } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, makeTopicTag, unique } from "../test/fixtures";
import { createArticle, saveVersion, setArticleTags } from "./articles";
import { getPublished, listPublished, listPublishedByTag } from "./published";
import { transitionVersion } from "./workflow";

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
    expect(await getPublished("ru", slug)).toBeNull();
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    const ru = await getPublished("ru", slug);
    expect(ru).toMatchObject({ title: "В экстрадиции отказано", locales: ["en", "ru"] });
    expect(ru?.body.content[0]).toMatchObject({ type: "paragraph" });
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
});
