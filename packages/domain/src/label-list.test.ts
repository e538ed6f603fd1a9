import { describe, expect, it } from "vitest";
import { answersLabelState, pageAfterId, ZLabelListQuery } from "./label-list";
import { LABEL_STATES } from "./label-translation";

const items = ["a1", "b2", "c3", "d4", "e5"].map((id) => ({ id }));

describe("pageAfterId", () => {
  it("pages in display order after the last id shown, and says where the next page starts", () => {
    expect(pageAfterId(items, undefined, 2)).toEqual({ items: [{ id: "a1" }, { id: "b2" }], next: "b2" });
    expect(pageAfterId(items, "b2", 2)).toEqual({ items: [{ id: "c3" }, { id: "d4" }], next: "d4" });
    expect(pageAfterId(items, "d4", 2)).toEqual({ items: [{ id: "e5" }], next: null });
    expect(pageAfterId(items, "c3", 2)).toEqual({ items: [{ id: "d4" }, { id: "e5" }], next: null });
  });

  it("starts again from the beginning after a text that is gone", () => {
    expect(pageAfterId(items, "zz9", 2).items).toEqual([{ id: "a1" }, { id: "b2" }]);
  });
});

describe("answersLabelState", () => {
  it("keeps what needs work for 'todo', one state for the others, everything without a filter", () => {
    expect(LABEL_STATES.filter((state) => answersLabelState("todo", state))).toEqual(["missing", "outdated"]);
    expect(answersLabelState("missing", "outdated")).toBe(false);
    expect(answersLabelState(undefined, "current")).toBe(true);
  });
});

describe("ZLabelListQuery", () => {
  it("reads the filters from an address and ignores what it does not know", () => {
    expect(ZLabelListQuery.parse({ kind: "bio", state: ["todo", "missing"], after: "abc123" })).toEqual({ kind: "bio", state: "todo", after: "abc123" });
    expect(ZLabelListQuery.parse({ kind: "nonsense", state: "bad", after: "a_b" })).toEqual({ kind: undefined, state: undefined, after: undefined });
  });
});
