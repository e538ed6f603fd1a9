import { type SearchParams, ZPersonInput, ZSearchParams } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, makeTopicTag, unique } from "../../test/fixtures";
import { createArticle, saveVersion, setArticleTags } from "../articles/articles";
import { db } from "../infra/client";
import { createPerson } from "../registry/persons";
import { setArticleRegistryLinks } from "../registry/links";
import { searchPublic } from "./search";
import { transitionVersion } from "../workflow/workflow";

const search = (input: Record<string, unknown>, locale: "en" | "ru" = "en") => searchPublic(ZSearchParams.parse(input) as SearchParams, locale);
const slugsOf = async (input: Record<string, unknown>, locale: "en" | "ru" = "en") => (await search(input, locale)).articles.items.map((a) => a.slug);

/** A published article with a word no other test uses, so its hits are this test's own. */
async function publishedArticle(title: string, text: string, extra: { ru?: [string, string] } = {}) {
  const editor = await makeActor("editor");
  const article = await createArticle({ title, summary: "", slug: unique("search") }, editor);
  await saveVersion(article.id, "en", { title, summary: "", body: body(text), baseRevision: 1 }, editor);
  await transitionVersion(article.id, "en", { transition: "publish" }, editor);
  if (extra.ru) {
    await saveVersion(article.id, "ru", { title: extra.ru[0], summary: "", body: body(extra.ru[1]), baseRevision: 0 }, editor);
    await transitionVersion(article.id, "ru", { transition: "publish" }, editor);
  }
  return { ...article, editor };
}

describe("public search", () => {
  it("finds published articles by stemmed words in their language, ranked, with the matched words marked", async () => {
    const word = `zq${unique("w").slice(2, 10)}`;
    const { slug } = await publishedArticle(`Court refuses extradition of ${word}`, `The judges were refusing the request for ${word}.`, {
      ru: [`Суд отказал в экстрадиции ${word}`, `Судьи отказали в выдаче ${word} по запросу Казахстана.`],
    });
    const hits = (await search({ q: `refused ${word}` })).articles.items;
    expect(hits.map((h) => h.slug)).toEqual([slug]);
    expect(hits[0]?.snippet).toContain(`\u0002${word}\u0003`);
    // No word matches a misspelt query, but the title it was meant for is found by likeness, first
    // (titles of other tests' articles may be alike enough to follow it).
    expect((await slugsOf({ q: `Court refuses extradtion of ${word}` }))[0]).toBe(slug);
    // Russian words are stemmed with Russian rules: "отказала" finds "отказал".
    expect(await slugsOf({ q: `отказала ${word}` }, "ru")).toEqual([slug]);
  });

  it("never returns a draft, an unpublished version or a translator's save waiting for an editor", async () => {
    const pending = `zq${unique("t").slice(2, 10)}`;
    const translated = await publishedArticle("Translated story", "Text.", { ru: ["Переведённая история", "Текст."] });
    const translator = await makeActor("translator");
    await saveVersion(translated.id, "ru", { title: "Переведённая история", summary: "", body: body(pending), baseRevision: 1 }, translator);
    expect(await slugsOf({ q: pending }, "ru")).toEqual([]);

    const word = `zq${unique("d").slice(2, 10)}`;
    const editor = await makeActor("editor");
    const draft = await createArticle({ title: `Draft about ${word}`, summary: "", slug: unique("draft") }, editor);
    await saveVersion(draft.id, "en", { title: `Draft about ${word}`, summary: "", body: body(word), baseRevision: 1 }, editor);
    expect(await slugsOf({ q: word })).toEqual([]);

    const live = await publishedArticle(`Published about ${word}`, "Nothing else.");
    expect(await slugsOf({ q: word })).toEqual([live.slug]);
    await transitionVersion(live.id, "en", { transition: "unpublish" }, live.editor);
    expect(await slugsOf({ q: word })).toEqual([]);
  });

  it("finds a person under any script, romanisation or misspelling, and the articles linked to them", async () => {
    const editor = await makeActor("editor");
    const surname = `Zhaksyl${unique("n").slice(2, 6)}ov`;
    const person = (await createPerson(ZPersonInput.parse({ name: `Muratkhan ${surname}`, confidentiality: "public", slug: unique("p") }), editor)).result;
    const hidden = (await createPerson(ZPersonInput.parse({ name: `Muratkhan ${surname}ich`, confidentiality: "internal", slug: unique("p") }), editor)).result;
    const article = await publishedArticle("A story with no name in its title", "Nor in its text.");
    await setArticleRegistryLinks(article.id, { personIds: [person.id], caseIds: [] }, editor);

    for (const q of [`muratkhan ${surname.toLowerCase()}`, "Muratkhan", "Муратхан", `Murathan ${surname}`]) {
      const result = await search({ q });
      expect(result.people.map((p) => p.slug), q).toContain(person.slug);
      expect(result.people.map((p) => p.slug), q).not.toContain(hidden.slug);
    }
    const misspelt = await search({ q: `Muratkan ${surname.replace("ks", "x")}` });
    expect(misspelt.people.map((p) => p.slug)).toContain(person.slug);
    // A name in another grammatical case is a near miss too, also when an article has that very word.
    await publishedArticle("A letter", "Text.", { ru: ["Письмо Муратхану", "Текст."] });
    expect((await search({ q: "Муратхану" }, "ru")).people.map((p) => p.slug)).toContain(person.slug);
    expect((await search({ q: `Muratkhan ${surname}` })).articles.items.map((a) => a.slug)).toContain(article.slug);
  });

  it("shows a name found as typed without its near misses, and only for a misspelling the likest names first", async () => {
    const editor = await makeActor("editor");
    const stem = `Aigerim Kydyr${unique("n").slice(2, 6)}`;
    const create = async (name: string) => (await createPerson(ZPersonInput.parse({ name, confidentiality: "public", slug: unique("p") }), editor)).result;
    const person = await create(`${stem}bekova`);
    const nearMisses = await Promise.all(["bakova", "bekava", "bikova"].map((ending) => create(`${stem}${ending}`)));

    expect((await search({ q: `${stem}bekova` })).people.map((p) => p.slug)).toEqual([person.slug]);
    const misspelt = (await search({ q: `${stem}bekovu` })).people.map((p) => p.slug);
    expect(misspelt[0]).toBe(person.slug);
    expect(misspelt.slice(1).sort()).toEqual(nearMisses.map((p) => p.slug).sort());
  });

  it("filters by type, topic and year, and ignores what it cannot use", async () => {
    const word = `zq${unique("f").slice(2, 10)}`;
    const tagged = await publishedArticle(`Tagged ${word}`, "Text.");
    const other = await publishedArticle(`Untagged ${word}`, "Text.");
    const topic = await makeTopicTag("Search filter topic");
    await setArticleTags(tagged.id, [topic.id], tagged.editor);
    const thisYear = new Date().getUTCFullYear();

    expect(await slugsOf({ q: word, topic: topic.slug })).toEqual([tagged.slug]);
    expect((await slugsOf({ q: word, year: String(thisYear) })).sort()).toEqual([tagged.slug, other.slug].sort());
    expect(await slugsOf({ q: word, year: String(thisYear - 3) })).toEqual([]);
    expect(await slugsOf({ q: word, type: "people" })).toEqual([]);
    expect((await slugsOf({ q: word, type: "nonsense", topic: "NOT A SLUG" })).sort()).toEqual([tagged.slug, other.slug].sort());
  });

  it("answers every kind of bad input with results or nothing, never an error", async () => {
    const inputs = ["", " ", "a".repeat(10_000), "' OR 1=1 --", "a & b | !c", "abl:*", "'\"", '"unbalanced', "!!!", "\uD800", "\u200Fمختار\u200E", "(((", "<script>"];
    for (const q of inputs) {
      const result = await search({ q });
      expect(result.articles.total, JSON.stringify(q)).toBeGreaterThanOrEqual(0);
    }
  });

  it("reads indexes that hold every entry: what is published or saved goes straight into them, not into a pending list each search reads", async () => {
    const indexes = await db().$queryRaw<{ name: string; options: string[] | null }[]>`
      SELECT c.relname AS name, c.reloptions AS options FROM pg_class c JOIN pg_am am ON am.oid = c.relam
      WHERE c.relkind = 'i' AND am.amname = 'gin' AND c.relname ~ '^(ArticleSearch|Person|Case|Organisation)_' ORDER BY c.relname`;
    expect(indexes.map((index) => index.name)).toEqual([
      "ArticleSearch_locale_document_idx",
      "ArticleSearch_locale_heading_idx",
      "ArticleSearch_title_trgm_idx",
      "Case_searchText_trgm_idx",
      "Organisation_searchText_trgm_idx",
      "Person_searchText_trgm_idx",
    ]);
    for (const index of indexes) expect(index.options, index.name).toContain("fastupdate=off");
  });
});
