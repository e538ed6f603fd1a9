import { type BlockPair } from "@rightsdesk/domain";

/** Space to add above blocks, by block index, in each column. */
export type Spacing = { source: Map<number, number>; translation: Map<number, number> };

/**
 * The space to add above blocks so that each pair starts at the same height. `sourceTops` and
 * `translationTops` are where each block would start with no space added; space added above a block
 * moves it and every block after it, so the pairs are settled top to bottom, always pushing the
 * higher block of a pair down.
 */
export function lineUp(pairs: readonly BlockPair[], sourceTops: readonly number[], translationTops: readonly number[]): Spacing {
  const spacing: Spacing = { source: new Map(), translation: new Map() };
  let sourceShift = 0;
  let translationShift = 0;
  for (const pair of pairs) {
    const sourceTop = sourceTops[pair.source];
    const translationTop = translationTops[pair.translation];
    if (sourceTop === undefined || translationTop === undefined) continue;
    const gap = Math.round(translationTop + translationShift - (sourceTop + sourceShift));
    if (gap > 0) {
      spacing.source.set(pair.source, gap);
      sourceShift += gap;
    } else if (gap < 0) {
      spacing.translation.set(pair.translation, -gap);
      translationShift -= gap;
    }
  }
  return spacing;
}
