import { describe, expect, it } from "vitest";
import { body, makeActor } from "../../test/fixtures";
import { createArticle, saveVersion } from "../articles/articles";
import { transitionVersion } from "./workflow";
import { readVersionQueue } from "./work-queues";

const everything = { skip: 0, take: 10_000 };
const ids = (page: { items: { articleId: string; locale: string }[] }) => page.items.map((item) => `${item.articleId}:${item.locale}`);

describe("work queues", () => {
  it("pages through a writer's drafts, latest change first, with their full count", async () => {
    const editor = await makeActor("editor");
    const other = await makeActor("editor");
    const drafts = [];
    for (const n of [1, 2, 3, 4, 5, 6, 7]) drafts.push(await createArticle({ title: `Draft ${n}`, summary: "", slug: "" }, editor));
    const [takenOver, submitted] = [drafts[0]!, drafts[1]!];
    await saveVersion(takenOver.id, "en", { title: "Edited", summary: "", body: body("By someone else"), baseRevision: 1 }, other);
    await transitionVersion(submitted.id, "en", { transition: "submit" }, editor);

    const first = await readVersionQueue("drafts", editor, { skip: 0, take: 3 });
    expect(first.total).toBe(5);
    expect(first.items.map((item) => item.title)).toEqual(["Draft 7", "Draft 6", "Draft 5"]);
    const rest = await readVersionQueue("drafts", editor, { skip: 3, take: 3 });
    expect(rest).toMatchObject({ total: 5, items: [{ title: "Draft 4" }, { title: "Draft 3", status: "draft", locale: "en" }] });
    expect(ids(await readVersionQueue("drafts", other, everything))).toEqual([`${takenOver.id}:en`]);
    expect((await readVersionQueue("drafts", editor, { skip: 10, take: 3 })).items).toEqual([]);
  });

  it("shows a reviewer what was asked of them and nobody yet, changes to publish and what is scheduled", async () => {
    const editor = await makeActor("editor");
    const colleague = await makeActor("editor");
    const translator = await makeActor("translator");
    const article = async (title: string) => {
      const created = await createArticle({ title, summary: "", slug: "" }, editor);
      await saveVersion(created.id, "ru", { title: `${title} (ru)`, summary: "", body: body("Текст"), baseRevision: 0 }, translator);
      return created;
    };
    const mine = await article("Mine");
    const theirs = await article("Theirs");
    const nobodys = await article("Nobody's");
    await transitionVersion(nobodys.id, "ru", { transition: "submit" }, translator);
    await transitionVersion(theirs.id, "ru", { transition: "submit", reviewerId: colleague.id }, translator);
    await transitionVersion(mine.id, "ru", { transition: "submit", reviewerId: editor.id }, translator);
    // What was asked of the reviewer comes first, however long the rest has waited.
    const review = await readVersionQueue("review", editor, everything);
    expect(ids(review)[0]).toBe(`${mine.id}:ru`);
    expect(ids(review)).toContain(`${nobodys.id}:ru`);
    expect(ids(review)).not.toContain(`${theirs.id}:ru`);
    expect(review.total).toBe(review.items.length);
    expect(await readVersionQueue("review", translator, everything)).toEqual({ items: [], total: 0 });

    const live = await article("Live");
    await transitionVersion(live.id, "ru", { transition: "publish" }, editor);
    expect(ids(await readVersionQueue("publish", editor, everything))).not.toContain(`${live.id}:ru`);
    await saveVersion(live.id, "ru", { title: "Live (ru), corrected", summary: "", body: body("Текст, исправленный"), baseRevision: 1 }, translator);
    const toPublish = await readVersionQueue("publish", editor, everything);
    expect(toPublish.items.filter((item) => item.articleId === live.id)).toMatchObject([{ locale: "ru", title: "Live (ru), corrected" }]);
    expect(toPublish.total).toBe(toPublish.items.length);

    const at = new Date("2030-03-01T09:00:00Z");
    await transitionVersion(live.id, "en", { transition: "schedule", scheduledAt: at }, editor);
    const scheduled = await readVersionQueue("scheduled", translator, everything);
    expect(scheduled.items.find((item) => item.articleId === live.id)).toMatchObject({ locale: "en", status: "scheduled", scheduledAt: at });
    expect((await readVersionQueue("scheduled", editor, { skip: 0, take: 1 })).total).toBe(scheduled.total);
  });
});
