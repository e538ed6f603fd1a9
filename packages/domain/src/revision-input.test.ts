import { describe, expect, it } from "vitest";
import { MAX_REVISION } from "./article";
import { ZMarkUpToDateInput, ZRestoreRevisionInput } from "./revision-input";

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
