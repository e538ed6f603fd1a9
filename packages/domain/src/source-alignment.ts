import { canonicalJson } from "./json";
import { lcs } from "./lcs";
import { type RichTextDoc, type RichTextNode } from "./rich-text";

/** A top-level block of the source shown beside the top-level block of the translation that renders it. */
export type BlockPair = { source: number; translation: number };

export type SourceAlignment = {
  /** Pairs in document order on both sides, so that each pair can be lined up on screen. */
  pairs: BlockPair[];
  /** Top-level source blocks that are new or changed since the translation's base. */
  changed: number[];
  /** Top-level source blocks the translation has no block for (added to the source since, or deleted by the translator). */
  missing: number[];
};

/**
 * How the source went from a translation's base to its current text, block by block: for each base
 * block, the current block it became (same or changed) or null when removed; and which current blocks
 * are new or changed. It depends on the source alone, so it is worked out once, not on every keystroke.
 */
export type SourceEdits = { current: RichTextDoc; base: RichTextDoc | null; becomes: (number | null)[]; changed: number[] };

/**
 * A run of removed blocks right before a run of added ones is read as those blocks rewritten, one for
 * one, as the source diff shows it.
 */
function followBlocks(base: readonly RichTextNode[], current: readonly RichTextNode[]) {
  const keys = (blocks: readonly RichTextNode[]) => blocks.map((block) => canonicalJson(block));
  const steps = lcs(keys(base), keys(current));
  const becomes: (number | null)[] = [];
  const changed: number[] = [];
  let c = 0;
  for (let k = 0; k < steps.length; k++) {
    if (steps[k]!.kind === "same") {
      becomes.push(c++);
      continue;
    }
    const start = k;
    while (k < steps.length && steps[k]!.kind === "removed") k++;
    const removed = k - start;
    while (k < steps.length && steps[k]!.kind === "added") k++;
    const added = k - start - removed;
    k--;
    for (let r = 0; r < removed; r++) becomes.push(r < added ? c + r : null);
    for (let a = 0; a < added; a++) changed.push(c + a);
    c += added;
  }
  return { becomes, changed };
}

const isEmptyParagraph = (block: RichTextNode | undefined) => block?.type === "paragraph" && !block.content?.length;

/** Pairs translation block i with the source block that reference block i became, where the types agree. */
function pairByPlace(current: RichTextDoc, translation: readonly string[], reference: RichTextDoc, becomes: readonly (number | null)[]): BlockPair[] {
  const pairs: BlockPair[] = [];
  for (const [t, type] of translation.entries()) {
    const source = becomes[t];
    if (source === undefined || source === null) continue;
    if (reference.content[t]?.type !== type || current.content[source]?.type !== type) continue;
    const last = pairs.at(-1);
    if (!last || source > last.source) pairs.push({ source, translation: t });
  }
  return pairs;
}

/**
 * The source's edits since a translation's base. With no base recorded, all of the source counts as
 * changed, since nobody can tell what was translated.
 */
export function sourceEditsSince(current: RichTextDoc, base: RichTextDoc | null): SourceEdits {
  const identity = current.content.map((_, i) => i);
  return { current, base, ...(base ? followBlocks(base.content, current.content) : { becomes: identity, changed: identity }) };
}

/**
 * Lines up a translation with the current source, block by block. A translation starts as a copy of
 * its base source revision and keeps that structure, so translation block i renders base block i
 * when their types match, and the source's changes since the base say where that block went. Once
 * the translator has taken over the source's new blocks, the translation has the current source's
 * structure instead: whichever reading pairs more blocks wins. The translation is given as the kinds of its
 * top-level blocks in order ("heading", "paragraph"…), all the alignment reads of it: typing inside a block
 * changes nothing.
 */
export function alignWithSource(edits: SourceEdits, translation: readonly string[]): SourceAlignment {
  const { current, base } = edits;
  const identity = current.content.map((_, i) => i);
  const viaBase = base ? pairByPlace(current, translation, base, edits.becomes) : [];
  const viaCurrent = pairByPlace(current, translation, current, identity);
  const pairs = viaBase.length >= viaCurrent.length ? viaBase : viaCurrent;
  const paired = new Set(pairs.map((pair) => pair.source));
  // An empty paragraph has nothing to translate: neither a change to review nor a block to copy.
  const translatable = (i: number) => !isEmptyParagraph(current.content[i]);
  return {
    pairs,
    changed: edits.changed.filter(translatable),
    missing: identity.filter((i) => !paired.has(i) && translatable(i)),
  };
}

/** Source blocks to add to a translation, right after its block `after` (-1: at the very start). */
export type BlockInsert = { after: number; blocks: RichTextNode[] };

/**
 * Where copies of the missing source blocks go in the translation: each after the translation block
 * paired with the source block before it. The copies are still in the source language, ready to be
 * translated, and nothing the translator wrote is touched. In document order.
 */
export function missingBlockInserts(current: RichTextDoc, alignment: SourceAlignment): BlockInsert[] {
  const missing = new Set(alignment.missing);
  const pairedWith = new Map<number, number>(alignment.pairs.map((pair) => [pair.source, pair.translation]));
  const inserts: BlockInsert[] = [];
  let anchor = -1;
  for (const [s, block] of current.content.entries()) {
    const paired = pairedWith.get(s);
    if (paired !== undefined) anchor = paired;
    else if (missing.has(s)) {
      const last = inserts.at(-1);
      if (last?.after === anchor) last.blocks.push(block);
      else inserts.push({ after: anchor, blocks: [block] });
    }
  }
  return inserts;
}
