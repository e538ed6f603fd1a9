import { describe, expect, it } from "vitest";
import { changedFields } from "./change-diff";

describe("changedFields", () => {
  it("lists the fields a save changed, old → new for plain values and lists", () => {
    const before = { id: "p1", version: 1, name: "Muratbek Ketabayev", roles: [], status: "free", bio: { en: "Old" } };
    const after = { id: "p1", version: 2, name: "Muratbek Ketebayev", roles: ["activist", "journalist"], status: "free", bio: { en: "New" } };
    expect(changedFields(before, after)).toEqual([
      { field: "name", from: "Muratbek Ketabayev", to: "Muratbek Ketebayev" },
      { field: "roles", from: "—", to: "activist, journalist" },
      { field: "bio" },
    ]);
  });

  it("treats a missing or empty state as having no fields", () => {
    expect(changedFields(null, { venueState: "FR" })).toEqual([{ field: "venueState", from: "—", to: "FR" }]);
    expect(changedFields({ participants: [] }, { participants: [] })).toEqual([]);
  });
});
