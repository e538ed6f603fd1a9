import { AppError, TRANSLATION_DESK_PAGE_SIZE, ZArticleListQuery, ZTranslationRequest } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, unique } from "../../test/fixtures";
import { createArticle, saveVersion } from "../articles/articles";
import { languageStatesOf, listAssignmentsOf, listTranslationMatrix, listTranslators, requestTranslations } from "./translation-desk";
import { transitionVersion } from "../workflow/workflow";

/** The desk's line of one article, found by the article list's filters as the desk's form sends them. */
const matrixRow = async (id: string, slug: string, now?: Date) =>
  (await listTranslationMatrix(ZArticleListQuery.parse({ q: slug }), now)).items.find((r) => r.articleId === id);

const request = (locales: string[], dueDate: string, assigneeId: string) => ZTranslationRequest.parse({ locales, dueDate, assigneeId });

describe("translation desk", () => {
  it("shows each language's state, from requested through outdated, with due dates and translators", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await createArticle({ title: "Extradition refused", summary: "", slug: unique("extradition-refused") }, editor);
    await requestTranslations(id, request(["ru", "pl"], "2026-12-01", translator.id), editor);
    await saveVersion(id, "ru", { title: "Экстрадиция отклонена", summary: "", body: body("Текст"), baseRevision: 0 }, translator);

    const row = await matrixRow(id, slug, new Date("2026-12-05T00:00:00Z"));
    expect(row?.title).toBe("Extradition refused");
    expect(row?.cells.en.state).toBe("in_progress");
    expect(row?.cells.ru).toMatchObject({ state: "in_progress", assignee: "translator", overdue: true });
    expect(row?.cells.pl).toMatchObject({ state: "requested", dueAt: new Date("2026-12-01T23:59:59.999Z") });
    // The source was never published: nothing is missing yet.
    expect(row?.cells.de).toMatchObject({ state: "source_unpublished", dueAt: null, assignee: null, overdue: false });

    await saveVersion(id, "en", { title: "Extradition refused by Poland", summary: "", body: body("New"), baseRevision: 1 }, editor);
    const after = await matrixRow(id, slug);
    expect(after?.cells.ru.state).toBe("outdated");
    expect(after?.cells.pl.state).toBe("requested");
  });

  it("pages by its own shorter page, on from where the first ends", async () => {
    const editor = await makeActor("editor");
    const created: string[] = [];
    for (let i = 0; i <= TRANSLATION_DESK_PAGE_SIZE; i++) created.push((await createArticle({ title: `Desk ${i}`, summary: "", slug: unique("desk") }, editor)).id);

    const first = await listTranslationMatrix(ZArticleListQuery.parse({ author: editor.id }));
    expect(first.items).toHaveLength(TRANSLATION_DESK_PAGE_SIZE);
    const second = await listTranslationMatrix(ZArticleListQuery.parse({ author: editor.id, after: first.next }));
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((row) => row.articleId).sort()).toEqual([...created].sort());
  });

  it("sorts by title as the article list does", async () => {
    const editor = await makeActor("editor");
    for (const title of ["Desk sort C", "Desk sort A", "Desk sort B"]) await createArticle({ title, summary: "", slug: unique("desk-sort") }, editor);
    const titles = async (sort?: string) => (await listTranslationMatrix(ZArticleListQuery.parse({ author: editor.id, sort }))).items.map((row) => row.title);
    expect(await titles("title")).toEqual(["Desk sort A", "Desk sort B", "Desk sort C"]);
    expect(await titles()).toEqual(["Desk sort B", "Desk sort A", "Desk sort C"]);
  });

  it("shows a published translation whose update waits for an editor", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await createArticle({ title: "Asylum granted", summary: "", slug: unique("asylum-granted") }, editor);
    await saveVersion(id, "ru", { title: "Убежище", summary: "", body: body("Текст"), baseRevision: 0 }, translator);
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    const cell = async () => (await matrixRow(id, slug))?.cells.ru;
    expect(await cell()).toMatchObject({ state: "published", changesToPublish: false });

    await saveVersion(id, "ru", { title: "Убежище", summary: "", body: body("Текст, исправленный"), baseRevision: 1 }, translator);
    expect(await cell()).toMatchObject({ state: "published", changesToPublish: true });
    await transitionVersion(id, "ru", { transition: "publish" }, editor);
    expect(await cell()).toMatchObject({ changesToPublish: false });
  });

  it("names each language the same on the article's tabs, the desk and the translator's assignments", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id, slug } = await createArticle({ title: "Detained at the border", summary: "", slug: unique("detained-at-the-border") }, editor);
    await requestTranslations(id, request(["ru", "fr"], "", translator.id), editor);
    await saveVersion(id, "fr", { title: "Détenu à la frontière", summary: "", body: body("Texte"), baseRevision: 0 }, translator);
    const everywhere = async () => {
      const tabs = await languageStatesOf(id);
      const desk = (await matrixRow(id, slug))?.cells;
      const mine = Object.fromEntries((await listAssignmentsOf(translator.id)).filter((a) => a.articleId === id).map((a) => [a.locale, a.state]));
      expect(desk).toEqual(tabs);
      expect(mine).toEqual({ ru: tabs?.ru.state, fr: tabs?.fr.state });
      return tabs && Object.fromEntries(Object.entries(tabs).map(([locale, cell]) => [locale, cell.state]));
    };

    expect(await everywhere()).toMatchObject({ en: "in_progress", ru: "requested", fr: "in_progress", de: "source_unpublished" });
    await transitionVersion(id, "en", { transition: "publish" }, editor);
    expect(await everywhere()).toMatchObject({ en: "published", ru: "requested", fr: "in_progress", de: "missing" });
    // Unpublished to correct it, the source was out: its translations are still wanted.
    await transitionVersion(id, "en", { transition: "unpublish" }, editor);
    expect(await everywhere()).toMatchObject({ en: "in_progress", de: "missing" });
    await transitionVersion(id, "en", { transition: "archive" }, editor);
    await transitionVersion(id, "fr", { transition: "archive" }, editor);
    expect(await everywhere()).toMatchObject({ en: "archived", ru: "source_archived", fr: "archived", de: "source_archived" });
    expect(await languageStatesOf("no-such-article")).toBeNull();
  });

  it("lists a translator's own assignments, soonest due first", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const later = await createArticle({ title: "Later", summary: "", slug: "" }, editor);
    const sooner = await createArticle({ title: "Sooner", summary: "", slug: "" }, editor);
    await requestTranslations(later.id, request(["de"], "2026-12-20", translator.id), editor);
    await requestTranslations(sooner.id, request(["fr", "uk"], "2026-12-02", translator.id), editor);
    await requestTranslations(sooner.id, request(["pl"], "", ""), editor);
    const mine = await listAssignmentsOf(translator.id, new Date("2026-11-25T00:00:00Z"));
    expect(mine.map((a) => [a.title, a.locale, a.state, a.overdue])).toEqual([
      ["Sooner", "fr", "requested", false],
      ["Sooner", "uk", "requested", false],
      ["Later", "de", "requested", false],
    ]);
    expect((await listTranslators()).map((t) => t.id)).toContain(translator.id);
  });

  it("lets only editors and admins request, and only translators be assigned", async () => {
    const editor = await makeActor("editor");
    const translator = await makeActor("translator");
    const { id } = await createArticle({ title: "Asylum granted", summary: "", slug: "" }, editor);
    await expect(requestTranslations(id, request(["ru"], "", ""), translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(requestTranslations(id, request(["ru"], "", editor.id), editor)).rejects.toThrow("Choose one of the translators.");
    await expect(requestTranslations("no-such-article", request(["ru"], "", ""), editor)).rejects.toBeInstanceOf(AppError);
  });
});
