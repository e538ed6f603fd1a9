import { describe, expect, it } from "vitest";
import { type VersionStatus } from "./article";
import { isOverdue, translationState, ZTranslationRequest } from "./translation-desk";

describe("translationState", () => {
  const published = { status: "published", everPublished: true } as const;
  const draftSource = { status: "draft", everPublished: false } as const;
  const version = (status: VersionStatus, outdated = false) => ({ status, outdated });
  it.each([
    // No version of this language yet: whether it is missing depends on the source.
    [{ source: published, version: null, requested: false }, "missing"],
    [{ source: { status: "draft", everPublished: true }, version: null, requested: false }, "missing"],
    [{ source: { status: "scheduled", everPublished: false }, version: null, requested: false }, "missing"],
    [{ source: draftSource, version: null, requested: false }, "source_unpublished"],
    [{ source: { status: "in_review", everPublished: false }, version: null, requested: false }, "source_unpublished"],
    [{ source: null, version: null, requested: false }, "source_unpublished"],
    [{ source: published, version: null, requested: true }, "requested"],
    [{ source: draftSource, version: null, requested: true }, "requested"],
    [{ source: { status: "archived", everPublished: true }, version: null, requested: true }, "source_archived"],
    [{ source: { status: "archived", everPublished: false }, version: null, requested: false }, "source_archived"],
    // A version exists: its own status, unless it is outdated.
    [{ source: draftSource, version: version("draft"), requested: true }, "in_progress"],
    [{ source: published, version: version("in_review"), requested: false }, "in_review"],
    [{ source: published, version: version("approved"), requested: false }, "approved"],
    [{ source: published, version: version("scheduled"), requested: false }, "scheduled"],
    [{ source: published, version: version("published"), requested: false }, "published"],
    [{ source: published, version: version("archived"), requested: false }, "archived"],
    [{ source: published, version: version("published", true), requested: false }, "outdated"],
    [{ source: published, version: version("draft", true), requested: true }, "outdated"],
    [{ source: published, version: version("archived", true), requested: false }, "archived"],
    // The source's own cell: its version is the source.
    [{ source: { status: "archived", everPublished: true }, version: version("archived"), requested: false }, "archived"],
    [{ source: draftSource, version: version("draft"), requested: false }, "in_progress"],
  ] as const)("%j is %s", (cell, state) => {
    expect(translationState(cell)).toBe(state);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const past = new Date("2026-11-24T23:59:59Z");
  it("is late only past the due date and while work towards readers remains", () => {
    expect(isOverdue(past, "in_progress", now)).toBe(true);
    expect(isOverdue(past, "requested", now)).toBe(true);
    expect(isOverdue(past, "outdated", now)).toBe(true);
    expect(isOverdue(past, "published", now)).toBe(false);
    expect(isOverdue(past, "scheduled", now)).toBe(false);
    expect(isOverdue(past, "source_archived", now)).toBe(false);
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
