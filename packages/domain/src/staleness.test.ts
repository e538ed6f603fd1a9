import { describe, expect, it } from "vitest";
import { type RichTextDoc } from "./rich-text";
import { isOutdated, sourceMovedOn, translationStaleness } from "./staleness";

const body = (...paragraphs: string[]): RichTextDoc => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
const revision = (number: number, text: string, title = "Extradition refused") => ({
  number,
  content: { title, summary: "", body: body(text) },
});

describe("translationStaleness", () => {
  it("is current when the source has no newer revision", () => {
    expect(translationStaleness(revision(3, "A"), revision(3, "A"))).toBe("current");
  });

  it("is outdated when a newer source revision changed the body", () => {
    expect(translationStaleness(revision(1, "Detained in 2013."), revision(2, "Detained on 31 July 2013."))).toBe("outdated");
  });

  it("is outdated when only the title changed", () => {
    expect(translationStaleness(revision(1, "A"), revision(2, "A", "Extradition blocked"))).toBe("outdated");
  });

  it("is current when newer revisions changed the text and then changed it back", () => {
    expect(translationStaleness(revision(1, "A"), revision(3, "A"))).toBe("current");
  });

  it("ignores the order of keys in stored JSON", () => {
    const reordered = {
      number: 2,
      content: { title: "Extradition refused", summary: "", body: { content: [{ content: [{ text: "A", type: "text" }], type: "paragraph" }], type: "doc" } as RichTextDoc },
    };
    expect(translationStaleness(revision(1, "A"), reordered)).toBe("current");
  });

  it("is unknown, and so outdated, without a base revision", () => {
    const staleness = translationStaleness(null, revision(1, "A"));
    expect(staleness).toBe("unknown");
    expect(isOutdated(staleness)).toBe(true);
    expect(isOutdated("current")).toBe(false);
  });
});

describe("sourceMovedOn", () => {
  it("needs a text comparison only past the base revision or without one", () => {
    expect(sourceMovedOn(2, 2)).toBe(false);
    expect(sourceMovedOn(2, 3)).toBe(true);
    expect(sourceMovedOn(null, 1)).toBe(true);
  });
});
