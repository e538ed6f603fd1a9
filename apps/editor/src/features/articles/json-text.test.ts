import { describe, expect, it } from "vitest";
import { withJsonMembers } from "./json-text";

describe("withJsonMembers", () => {
  it("adds members given as JSON text to a serialised object", () => {
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph" }] });
    const text = withJsonMembers(JSON.stringify({ title: "Minsk, \"today\"", summary: "" }), { body, baseRevision: "3" });
    expect(JSON.parse(text)).toEqual({ title: 'Minsk, "today"', summary: "", body: { type: "doc", content: [{ type: "paragraph" }] }, baseRevision: 3 });
  });

  it("adds to an empty object, and leaves an object alone when there is nothing to add", () => {
    expect(withJsonMembers("{}", { a: "1" })).toBe('{"a":1}');
    expect(withJsonMembers('{"a":1}', {})).toBe('{"a":1}');
  });
});
