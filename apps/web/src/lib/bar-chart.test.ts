import { describe, expect, it } from "vitest";
import { CHART, countBy, layoutBars } from "./bar-chart";

const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
const byString = (a: string, b: string) => a.localeCompare(b);

describe("countBy", () => {
  it("counts, labels and puts the largest first, ties by label", () => {
    const rows = [{ s: "PL" }, { s: "FR" }, { s: "PL" }, { s: "DE" }, { s: "PL" }, { s: "FR" }, { s: "AT" }];
    const names: Record<string, string> = { PL: "Poland", FR: "France", DE: "Germany", AT: "Austria" };
    expect(countBy(rows, (r) => r.s, (k) => names[k] ?? k, byString)).toEqual([
      { key: "PL", label: "Poland", value: 3 },
      { key: "FR", label: "France", value: 2 },
      { key: "AT", label: "Austria", value: 1 },
      { key: "DE", label: "Germany", value: 1 },
    ]);
  });

  it("is empty for no items", () => {
    expect(countBy([], String, String, byString)).toEqual([]);
  });
});

describe("layoutBars", () => {
  it("scales bars to the largest value", () => {
    const { bars } = layoutBars([
      { key: "PL", label: "Poland", value: 4 },
      { key: "FR", label: "France", value: 2 },
      { key: "DE", label: "Germany", value: 1 },
    ]);
    expect(bars.map((bar) => bar.width)).toEqual([span, span / 2, Math.round(span / 4)]);
  });

  it("stacks rows top to bottom with the label centred on its bar", () => {
    const { bars, height } = layoutBars([
      { key: "A", label: "A", value: 1 },
      { key: "B", label: "B", value: 1 },
    ]);
    expect(bars[0]?.y).toBe(CHART.padding);
    expect(bars[1]?.y).toBe(CHART.padding + CHART.barHeight + CHART.gap);
    expect(bars[1]?.labelY).toBe(CHART.padding + CHART.barHeight + CHART.gap + CHART.barHeight / 2);
    expect(height).toBe(CHART.padding * 2 + 2 * CHART.barHeight + CHART.gap);
  });

  it("draws no bar for zero and never divides by zero", () => {
    expect(layoutBars([{ key: "A", label: "A", value: 0 }]).bars[0]?.width).toBe(0);
  });

  it("has no height without data", () => {
    expect(layoutBars([])).toMatchObject({ bars: [], height: 0 });
  });
});
