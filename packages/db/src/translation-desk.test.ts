import { AppError, ZArticleListQuery, ZTranslationRequest } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { body, makeActor, unique } from "../test/fixtures";
import { createArticle, saveVersion } from "./articles";
import { listAssignmentsOf, listTranslationMatrix, listTranslators, requestTranslations } from "./translation-desk";
import { transitionVersion } from "./workflow";

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
    expect(row?.cells.de).toMatchObject({ state: "missing", dueAt: null, assignee: null, overdue: false });

    await saveVersion(id, "en", { title: "Extradition refused by Poland", summary: "", body: body("New"), baseRevision: 1 }, editor);
    const after = await matrixRow(id, slug);
    expect(after?.cells.ru.state).toBe("outdated");
    expect(after?.cells.pl.state).toBe("requested");
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
