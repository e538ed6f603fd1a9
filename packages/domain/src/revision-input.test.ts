import { describe, expect, it } from "vitest";
import { MAX_REVISION } from "./article";
import { ZMarkUpToDateInput, ZRestoreRevisionInput, ZRevisionHistoryQuery } from "./revision-input";

describe("ZRestoreRevisionInput", () => {
  it("takes a revision to restore and the one the page showed, 0 for a version never saved", () => {
    expect(ZRestoreRevisionInput.parse({ number: 2, baseRevision: 0 })).toEqual({ number: 2, baseRevision: 0 });
  });

  it("refuses revision 0, fractions and numbers beyond any revision", () => {
    for (const input of [{ number: 0, baseRevision: 1 }, { number: 1.5, baseRevision: 1 }, { number: MAX_REVISION + 1, baseRevision: 1 }, { number: 1, baseRevision: -1 }]) {
      expect(ZRestoreRevisionInput.safeParse(input).success).toBe(false);
    }
  });
});

describe("ZMarkUpToDateInput", () => {
  it("takes the source revision the translator reviewed, never 0 or a string", () => {
    expect(ZMarkUpToDateInput.parse({ sourceRevision: 4 })).toEqual({ sourceRevision: 4 });
    expect(ZMarkUpToDateInput.safeParse({ sourceRevision: 0 }).success).toBe(false);
    expect(ZMarkUpToDateInput.safeParse({ sourceRevision: "4" }).success).toBe(false);
  });
});

describe("ZRevisionHistoryQuery", () => {
  it("reads the two revisions compared and where the list starts", () => {
    expect(ZRevisionHistoryQuery.parse({ from: "2", to: ["7", "9"], after: "51_clrev123" })).toEqual({ from: 2, to: 7, after: { value: 51, id: "clrev123" } });
  });

  it("leaves out what a hand-edited address holds that is not a revision or a position", () => {
    for (const bad of ["", "0", "-3", "1.5", "abc", "99999999999999999999", "'; DROP TABLE"]) {
      expect(ZRevisionHistoryQuery.parse({ from: bad, to: bad, after: bad })).toEqual({ from: undefined, to: undefined, after: undefined });
    }
    expect(ZRevisionHistoryQuery.parse({ after: "x_clrev123" }).after).toBeUndefined();
    expect(ZRevisionHistoryQuery.parse({})).toEqual({ from: undefined, to: undefined, after: undefined });
  });
});
