/*
 * The geometry of a horizontal bar chart, computed here so that the SVG component only draws and
 * the arithmetic can be tested. Horizontal bars leave room for long country names as labels.
 */

export type BarInput = { key: string; label: string; value: number };
export type Bar = BarInput & { y: number; width: number; labelY: number };
export type BarChartLayout = { width: number; height: number; labelWidth: number; bars: Bar[] };

export const CHART = {
  width: 640,
  labelWidth: 190,
  /** Room after the longest bar for its number. */
  valueWidth: 48,
  barHeight: 24,
  gap: 10,
  padding: 4,
} as const;

/** Counts of `key` in `items`, labelled, the largest first and equal counts by label. */
export function countBy<T>(items: readonly T[], key: (item: T) => string, label: (key: string) => string, compare: (a: string, b: string) => number): BarInput[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([k, value]) => ({ key: k, label: label(k), value }))
    .sort((a, b) => b.value - a.value || compare(a.label, b.label));
}

/** Bars scaled to the largest value; a value of 0 gets no bar, but keeps its row and its number. */
export function layoutBars(inputs: readonly BarInput[]): BarChartLayout {
  const max = Math.max(0, ...inputs.map((input) => input.value));
  const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const row = CHART.barHeight + CHART.gap;
  const bars = inputs.map((input, i) => {
    const y = CHART.padding + i * row;
    const width = max > 0 ? Math.round((Math.max(0, input.value) / max) * span) : 0;
    return { ...input, y, width, labelY: y + CHART.barHeight / 2 };
  });
  const height = inputs.length === 0 ? 0 : CHART.padding * 2 + inputs.length * row - CHART.gap;
  return { width: CHART.width, height, labelWidth: CHART.labelWidth, bars };
}
