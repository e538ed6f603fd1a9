import { describe, expect, it } from "vitest";
import { withoutNulChars } from "./storable-text";

describe("withoutNulChars", () => {
  it("removes NUL characters from every string, key and nested value", () => {
    const input = { "ti\u0000tle": "Ab\u0000lyazov", body: { content: [{ text: "\u0000free\u0000" }] }, revision: 3, flag: null };
    expect(withoutNulChars(input)).toEqual({ title: "Ablyazov", body: { content: [{ text: "free" }] }, revision: 3, flag: null });
  });

  it("leaves everything else as it is", () => {
    const input = { title: "Мухтар Аблязов <b>", list: [1, true, "x"] };
    expect(withoutNulChars(input)).toEqual(input);
  });
});
