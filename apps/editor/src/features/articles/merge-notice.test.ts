import { EMPTY_DOC } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { describeMerge } from "./merge-notice";

const merged = { title: "T", summary: "", body: EMPTY_DOC };

describe("the notice after a merge", () => {
  it("says when nothing clashed", () => {
    expect(describeMerge({ ...merged, conflicts: [] }, 4)).toBe(
      "Merged with revision 4: no part was changed on both sides. Review the text, then press Save.",
    );
  });

  it("names every part changed on both sides and what was kept", () => {
    const notice = describeMerge(
      {
        ...merged,
        conflicts: [
          { field: "title", mine: "Mine", theirs: "Theirs" },
          { field: "body", mine: "Held for three days.", theirs: "Held for 10 days." },
        ],
      },
      7,
    );
    expect(notice).toBe(
      "Merged with revision 7. Changed on both sides: the title (yours kept; theirs was “Theirs”); a passage of the body (both texts kept, yours first: “Held for three days.”). Review the text, then press Save.",
    );
  });
});
