import { ARTICLE_LIST_PAGE_SIZE, type ArticleListCursor, LOCALES, ZArticleListQuery, ZPersonInput } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor, makeTopicTag, unique } from "../../test/fixtures";
import { articleListPageSql, createArticle, listArticles, saveVersion, setArticleTags } from "./articles";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { setArticleRegistryLinks } from "../registry/links";
import { createPerson } from "../registry/persons";
import { markUpToDate } from "../translation/translation-status";
import { transitionVersion } from "../workflow/workflow";

const list = (query: Record<string, unknown>) => listArticles(ZArticleListQuery.parse(query));
const ids = async (query: Record<string, unknown>) => (await list(query)).items.map((item) => item.id);

describe("the editor's article list", { timeout: 60_000 }, () => {
  it("finds an article by any language's title, its slug or a linked person's name in any script, and filters it", async () => {
    const editor = await makeActor("editor");
    const word = unique("Strasbourg");
    const tag = await makeTopicTag("Listing");
    const ru = await createArticle({ title: `Delegation in ${word}`, summary: "", slug: unique("delegation") }, editor);
    await saveVersion(ru.id, "ru", { title: "Делегация в Страсбурге", summary: "", body: { type: "doc", content: [{ type: "paragraph" }] }, baseRevision: 0 }, editor);
    await setArticleTags(ru.id, [tag.id], editor);
    const other = await createArticle({ title: unique("Other news"), summary: "", slug: unique("other") }, editor);
    await transitionVersion(other.id, "en", { transition: "publish" }, editor);
    const person = (await createPerson(ZPersonInput.parse({ name: unique("Listed Person"), confidentiality: "public", slug: unique("p"), variants: [{ name: "Аблязов Список", script: "cyrillic", kind: "transliteration", locale: "ru" }] }), editor)).result;
    await setArticleRegistryLinks(other.id, { personIds: [person.id], caseIds: [] }, editor);

    expect(await ids({ q: word.toUpperCase(), author: editor.id })).toEqual([ru.id]);
    expect(await ids({ q: "страсбурге", author: editor.id })).toEqual([ru.id]);
    expect(await ids({ q: ru.slug })).toEqual([ru.id]);
    expect(await ids({ q: "Аблязов Список", author: editor.id })).toEqual([other.id]);
    expect(await ids({ author: editor.id, status: "published" })).toEqual([other.id]);
    expect(await ids({ author: editor.id, locale: "ru" })).toEqual([ru.id]);
    expect(await ids({ tag: tag.slug })).toEqual([ru.id]);
    expect(await ids({ author: editor.id })).toEqual([other.id, ru.id]);
  });

  it("pages by position, newest change first, with nothing repeated or skipped", async () => {
    const editor = await makeActor("editor");
    const created: string[] = [];
    for (let i = 0; i < ARTICLE_LIST_PAGE_SIZE + 3; i++) created.push((await createArticle({ title: `Paged ${i}`, summary: "", slug: unique("paged") }, editor)).id);
    // Same change time for two of them: the id decides, so the boundary never loses one.
    const sameTime = new Date();
    await db().article.updateMany({ where: { id: { in: created.slice(0, 2) } }, data: { updatedAt: sameTime } });

    const first = await list({ author: editor.id });
    expect(first.items).toHaveLength(ARTICLE_LIST_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await list({ author: editor.id, after: first.next });
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(created.length);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it("sorts by title A–Z when asked, and pages through that order with nothing repeated or skipped", async () => {
    const editor = await makeActor("editor");
    const titles = Array.from({ length: ARTICLE_LIST_PAGE_SIZE + 3 }, (_, i) => `Sorted ${String(i).padStart(2, "0")}`);
    // Created newest-title-first, so that the order by change time is the reverse; two share a title, which their ids part.
    const created: string[] = [];
    for (const title of [...titles, titles[1]!].reverse()) created.push((await createArticle({ title, summary: "", slug: unique("sorted") }, editor)).id);

    const first = await list({ author: editor.id, sort: "title" });
    expect(first.items).toHaveLength(ARTICLE_LIST_PAGE_SIZE);
    const second = await list({ author: editor.id, sort: "title", after: first.next });
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(seen.map((item) => item.title)).toEqual([...titles, titles[1]!].sort());
    expect(seen.map((item) => item.id).sort()).toEqual([...created].sort());
    // The default order is still the newest change first.
    expect((await list({ author: editor.id })).items[0]?.title).toBe(titles[0]);
  });

  it("filters articles with an outdated translation, in one language or any", async () => {
    const editor = await makeActor("editor");
    const doc = { type: "doc" as const, content: [{ type: "paragraph" as const }] };
    const stale = await createArticle({ title: "Source before the change", summary: "", slug: unique("stale") }, editor);
    await saveVersion(stale.id, "ru", { title: "Перевод", summary: "", body: doc, baseRevision: 0 }, editor);
    await saveVersion(stale.id, "pl", { title: "Tłumaczenie", summary: "", body: doc, baseRevision: 0 }, editor);
    await saveVersion(stale.id, "en", { title: "Source after the change", summary: "", body: doc, baseRevision: 1 }, editor);
    // The Polish translator reviewed the change: only the Russian stays behind.
    await markUpToDate(stale.id, "pl", 2, editor);
    const fresh = await createArticle({ title: "Translated and current", summary: "", slug: unique("fresh") }, editor);
    await saveVersion(fresh.id, "ru", { title: "Актуально", summary: "", body: doc, baseRevision: 0 }, editor);

    expect(await ids({ author: editor.id, translation: "outdated" })).toEqual([stale.id]);
    expect(await ids({ author: editor.id, translation: "outdated", locale: "ru" })).toEqual([stale.id]);
    expect(await ids({ author: editor.id, translation: "outdated", locale: "pl" })).toEqual([]);
    expect(await ids({ author: editor.id })).toEqual([fresh.id, stale.id]);
  });

  it("reads a page through the articles' change-time index, or sorted by title the titles' index, never every version", async () => {
    const editor = await makeActor("editor");
    const prefix = unique("explain");
    const count = 4000;
    // Enough articles in six languages that a scan of every version would cost the planner more than the index.
    await db().$executeRaw`
      INSERT INTO "Article" (id, slug, "authorId", "updatedAt")
      SELECT ${prefix} || 'a' || g, ${prefix} || '-' || g, ${editor.id}, now() - g * interval '1 minute' FROM generate_series(1, ${count}::int) g`;
    await db().$executeRaw`
      INSERT INTO "ArticleVersion" (id, "articleId", locale, title, body, revision, "updatedAt")
      SELECT a.id || l, a.id, l, 'Story ' || a.id, '{"type":"doc","content":[]}', 1, now()
      FROM "Article" a, unnest(${[...LOCALES]}::text[]) l WHERE a.id LIKE ${prefix + "a%"}`;
    await db().$executeRaw`ANALYZE`;

    const plan = async (query: Record<string, unknown>, after?: ArticleListCursor) => {
      const rows = await db().$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${articleListPageSql({ ...ZArticleListQuery.parse(query), after })}`);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    };
    for (const query of [{}, { author: editor.id }, { status: "draft" }, { translation: "outdated", locale: "ru" }]) {
      const text = await plan(query);
      expect(text, JSON.stringify(query)).toContain("Article_updatedAt_id_idx");
      expect(text, JSON.stringify(query)).not.toContain('Seq Scan on "ArticleVersion"');
    }
    // Sorted by title, the source versions' title index gives the order.
    for (const after of [undefined, { title: `Story ${prefix}a2000`, id: `${prefix}a2000` }]) {
      const text = await plan({ sort: "title" }, after);
      expect(text, JSON.stringify(after)).toContain("ArticleVersion_locale_title_articleId_idx");
      expect(text, JSON.stringify(after)).not.toContain('Seq Scan on "ArticleVersion"');
    }
    expect((await list({ author: editor.id })).items).toHaveLength(ARTICLE_LIST_PAGE_SIZE);
  });
});
