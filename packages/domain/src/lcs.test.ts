import { describe, expect, it } from "vitest";
import { lcs } from "./lcs";

const kinds = (steps: { kind: string; item: string }[]) => steps.map((step) => `${step.kind[0]}${step.item}`).join(" ");

describe("lcs", () => {
  it("keeps what two lists share and marks the rest removed or added", () => {
    expect(kinds(lcs(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]))).toBe("sa rb ax sc sd ae");
  });

  it("takes a shared start and end as they are, however long the lists", () => {
    const long = Array.from({ length: 40_000 }, (_, i) => `w${i}`);
    const edited = [...long.slice(0, 20_000), "new", ...long.slice(20_001)];
    const steps = lcs(long, edited);
    expect(steps).toHaveLength(40_001);
    expect(steps.filter((step) => step.kind !== "same")).toEqual([
      { kind: "removed", item: "w20000" },
      { kind: "added", item: "new" },
    ]);
  });

  it("shows a middle too long to compare as removed and added whole, within its budget", () => {
    const steps = lcs(["s", "a", "b", "c", "e"], ["s", "b", "x", "e"], 9);
    expect(kinds(steps)).toBe("ss ra rb rc ab ax se");
    expect(kinds(lcs(["s", "a", "b", "c", "e"], ["s", "b", "x", "e"], 16))).toBe("ss ra sb rc ax se");
  });
});
