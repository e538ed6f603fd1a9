import { describe, expect, it } from "vitest";
import { outdatedSince } from "./public-staleness";

describe("outdatedSince", () => {
  const updatedAt = new Date("2026-11-20T10:00:00Z");

  it("gives the source's update date when the source has a newer revision than the base", () => {
    expect(outdatedSince({ baseRevision: 1, source: { revision: 2, updatedAt } })).toEqual(updatedAt);
  });

  it("is null while the translation is based on the current source revision", () => {
    expect(outdatedSince({ baseRevision: 3, source: { revision: 3, updatedAt } })).toBeNull();
  });

  it("is null when no base revision is recorded", () => {
    expect(outdatedSince({ baseRevision: null, source: { revision: 5, updatedAt } })).toBeNull();
  });
});
