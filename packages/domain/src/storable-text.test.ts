import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { MAX_JSON_DEPTH, storableJson, storableString } from "./storable-text";

describe("storableString", () => {
  it("removes NUL and replaces half a surrogate pair, keeping whole pairs and everything else", () => {
    expect(storableString("Ab\u0000lyazov")).toBe("Ablyazov");
    expect(storableString("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(storableString("🇵🇱 Мухтар Аблязов <b>")).toBe("🇵🇱 Мухтар Аблязов <b>");
  });
});

describe("storableJson", () => {
  it("cleans every string, key and nested value", () => {
    const input = { "ti\u0000tle": "Ab\u0000lyazov", body: { content: [{ text: "\uD800free\u0000" }] }, revision: 3, flag: null };
    expect(storableJson(input)).toEqual({ title: "Ablyazov", body: { content: [{ text: "\uFFFDfree" }] }, revision: 3, flag: null });
  });

  it("refuses a value nested deeper than any document, with a validation error instead of a stack overflow", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 1_500; i++) deep = { content: [deep] };
    expect(() => storableJson(deep)).toThrow(AppError);
    let fine: unknown = "x";
    for (let i = 0; i < MAX_JSON_DEPTH / 2; i++) fine = [fine];
    expect(storableJson(fine)).toEqual(fine);
  });
});
