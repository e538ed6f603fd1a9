import { describe, expect, it } from "vitest";
import { originalUpdatedSince } from "./public-staleness";
import { type RichTextDoc } from "./rich-text";

const doc = (text: string): RichTextDoc => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const revision = (number: number, text: string) => ({ number, content: { title: "Asylum granted", summary: "", body: doc(text) } });
const savedAt = new Date("2026-11-20T10:00:00Z");

describe("originalUpdatedSince", () => {
  it("gives the date the published original was saved when its text changed since the base", () => {
    expect(originalUpdatedSince(revision(1, "Granted."), { ...revision(2, "Granted in May."), savedAt })).toEqual(savedAt);
  });

  it("is null while the published original is the base or an older revision", () => {
    expect(originalUpdatedSince(revision(3, "Granted."), { ...revision(3, "Granted."), savedAt })).toBeNull();
    expect(originalUpdatedSince(revision(4, "Granted later."), { ...revision(3, "Granted."), savedAt })).toBeNull();
  });

  it("is null when a newer revision of the original has the same text (a change that was undone)", () => {
    expect(originalUpdatedSince(revision(1, "Granted."), { ...revision(3, "Granted."), savedAt })).toBeNull();
  });

  it("is null when no base revision is recorded", () => {
    expect(originalUpdatedSince(null, { ...revision(5, "Granted."), savedAt })).toBeNull();
  });
});
