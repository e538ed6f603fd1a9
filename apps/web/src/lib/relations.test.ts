import { describe, expect, it } from "vitest";
import { ownRelationKind } from "./relations";

describe("ownRelationKind", () => {
  it("reads a relationship stored on the other person as it is", () => {
    expect(ownRelationKind({ kind: "child", direction: "of" })).toBe("child");
    expect(ownRelationKind({ kind: "spouse", direction: "of" })).toBe("spouse");
  });

  it("turns a relationship stored on this person around", () => {
    expect(ownRelationKind({ kind: "child", direction: "to" })).toBe("parent");
    expect(ownRelationKind({ kind: "parent", direction: "to" })).toBe("child");
    expect(ownRelationKind({ kind: "spouse", direction: "to" })).toBe("spouse");
    expect(ownRelationKind({ kind: "colleague", direction: "to" })).toBe("colleague");
  });
});
