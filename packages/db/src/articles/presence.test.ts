import { PRESENCE_TTL_MS } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { makeActor } from "../../test/fixtures";
import { createArticle } from "./articles";
import { db } from "../infra/client";
import { heartbeat, leave, listPresent } from "./presence";

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe("editing presence", () => {
  it("shows each editor the others who sent a heartbeat recently, and not after they went quiet", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const { id } = await createArticle({ title: "Presence", summary: "", slug: "" }, editor);

    expect(await heartbeat(id, "en", editor, at(0))).toEqual([]);
    expect(await heartbeat(id, "en", admin, at(5_000))).toEqual([{ id: editor.id, name: "editor" }]);
    expect(await heartbeat(id, "en", editor, at(10_000))).toEqual([{ id: admin.id, name: "admin" }]);
    // Someone with another language version open is not editing this one.
    expect(await heartbeat(id, "de", admin, at(10_000))).toEqual([]);

    // The admin's last beat for English was at 5 s: still there just before the time-out, gone after.
    expect(await listPresent(id, "en", editor.id, at(5_000 + PRESENCE_TTL_MS - 1))).toHaveLength(1);
    expect(await listPresent(id, "en", editor.id, at(5_000 + PRESENCE_TTL_MS + 1))).toEqual([]);
    // The next beat tidies rows that expired long ago.
    await heartbeat(id, "en", editor, at(5_000 + PRESENCE_TTL_MS + 1));
    expect(await db().editingPresence.count({ where: { articleId: id, locale: "en" } })).toBe(1);
  });

  it("forgets someone who left at once", async () => {
    const editor = await makeActor("editor");
    const admin = await makeActor("admin");
    const { id } = await createArticle({ title: "Leaving", summary: "", slug: "" }, editor);
    await heartbeat(id, "en", admin);
    await leave(id, "en", admin);
    expect(await heartbeat(id, "en", editor)).toEqual([]);
  });

  it("lets only those who may edit announce themselves, and only on existing articles", async () => {
    const translator = await makeActor("translator");
    const editor = await makeActor("editor");
    const { id } = await createArticle({ title: "Source", summary: "", slug: "" }, editor);
    await expect(heartbeat(id, "en", translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(heartbeat("no-such-article", "ru", translator)).rejects.toMatchObject({ code: "not_found" });
  });
});
