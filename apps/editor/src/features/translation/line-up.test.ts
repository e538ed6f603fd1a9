import { describe, expect, it } from "vitest";
import { lineUp } from "./line-up";

const pairs = (...list: [number, number][]) => list.map(([source, translation]) => ({ source, translation }));

describe("lineUp", () => {
  it("adds nothing when the pairs already start at the same height", () => {
    const spacing = lineUp(pairs([0, 0], [1, 1]), [100, 140], [100, 140]);
    expect([...spacing.source]).toEqual([]);
    expect([...spacing.translation]).toEqual([]);
  });

  it("pushes the higher block of each pair down, counting what earlier space moved", () => {
    // The translation's first block starts 30 px lower; its second paragraph is 50 px longer than the source's.
    const spacing = lineUp(pairs([0, 0], [1, 1], [2, 2]), [100, 150, 200], [130, 180, 280]);
    expect([...spacing.source]).toEqual([
      [0, 30],
      [2, 50],
    ]);
    expect([...spacing.translation]).toEqual([]);
  });

  it("pushes the translation down when the source runs longer, and skips a source block with no partner", () => {
    // Source block 1 was added since the translation: it has no partner and simply takes its room.
    const spacing = lineUp(pairs([0, 0], [2, 1]), [100, 150, 220], [100, 150]);
    expect([...spacing.source]).toEqual([]);
    expect([...spacing.translation]).toEqual([[1, 70]]);
  });
});
