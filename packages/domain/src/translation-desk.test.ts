import { describe, expect, it } from "vitest";
import { isOverdue, translationState, ZTranslationRequest } from "./translation-desk";

describe("translationState", () => {
  it.each([
    [{ version: null, requested: false }, "missing"],
    [{ version: null, requested: true }, "requested"],
    [{ version: { status: "draft", outdated: false }, requested: true }, "in_progress"],
    [{ version: { status: "in_review", outdated: false }, requested: false }, "in_review"],
    [{ version: { status: "approved", outdated: false }, requested: false }, "in_review"],
    [{ version: { status: "published", outdated: false }, requested: false }, "published"],
    [{ version: { status: "scheduled", outdated: false }, requested: false }, "published"],
    [{ version: { status: "published", outdated: true }, requested: false }, "outdated"],
    [{ version: { status: "draft", outdated: true }, requested: true }, "outdated"],
  ] as const)("%j is %s", (cell, state) => {
    expect(translationState(cell)).toBe(state);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("is late only past the due date and while not published", () => {
    expect(isOverdue(new Date("2026-11-24T23:59:59Z"), "in_progress", now)).toBe(true);
    expect(isOverdue(new Date("2026-11-24T23:59:59Z"), "published", now)).toBe(false);
    expect(isOverdue(new Date("2026-11-26T00:00:00Z"), "missing", now)).toBe(false);
    expect(isOverdue(null, "missing", now)).toBe(false);
  });
});

describe("ZTranslationRequest", () => {
  it("takes languages once each, the end of the due day and an optional translator", () => {
    expect(ZTranslationRequest.parse({ locales: ["ru", "pl", "ru"], dueDate: "2026-12-01", assigneeId: "" })).toEqual({
      locales: ["ru", "pl"],
      dueDate: new Date("2026-12-01T23:59:59.999Z"),
      assigneeId: null,
    });
  });

  it("refuses no language, the source language and a date that is not one", () => {
    expect(ZTranslationRequest.safeParse({ locales: [], dueDate: "", assigneeId: "" }).error?.issues[0]?.message).toBe("Choose at least one language");
    expect(ZTranslationRequest.safeParse({ locales: ["en"], dueDate: "", assigneeId: "" }).error?.issues[0]?.message).toBe(
      "The source language is not translated",
    );
    expect(ZTranslationRequest.safeParse({ locales: ["ru"], dueDate: "tomorrow", assigneeId: "" }).success).toBe(false);
  });
});
