import { lcs } from "./lcs";

/** One paragraph of a comparison; a changed paragraph carries its word-level differences. */
export type WordDiff = { kind: "same" | "added" | "removed"; text: string };
export type ParagraphDiff = {
  kind: "same" | "added" | "removed" | "changed";
  before?: string;
  after?: string;
  words?: WordDiff[];
};

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** Words and the spaces between them as separate parts: joined they give back the paragraph, and a last word matches itself. */
const wordsOf = (text: string) => text.match(/\s+|\S+/g) ?? [];

const isSpace = (text: string) => /^\s+$/.test(text);

/**
 * Word-level differences, neighbouring words of the same kind merged into one run for readable marks.
 * A replacement of several words reads as one: the spaces between its words belong to both the removed
 * and the added run ("court adjourned" → "prosecutor asked"), not to a run of their own between them.
 */
export function diffWords(before: string, after: string): WordDiff[] {
  const runs: WordDiff[] = [];
  const push = (kind: WordDiff["kind"], text: string) => {
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) runs.push({ kind, text });
  };
  let change: { removed: string; added: string } | null = null;
  let gap = "";
  const close = () => {
    if (change) {
      push("removed", change.removed);
      push("added", change.added);
    }
    change = null;
  };
  for (const step of lcs(wordsOf(before), wordsOf(after))) {
    if (step.kind === "same") {
      // Spaces after a replacement may still be inside it: held until the next word says.
      if (change?.removed && change.added && isSpace(step.item)) {
        gap += step.item;
        continue;
      }
      close();
      push("same", gap + step.item);
    } else {
      change ??= { removed: "", added: "" };
      change.removed += gap;
      change.added += gap;
      change[step.kind] += step.item;
    }
    gap = "";
  }
  close();
  push("same", gap);
  return runs;
}

/**
 * Compares two plain texts (paragraphs separated by blank lines) paragraph by paragraph; a paragraph
 * removed right where another was added is shown as one changed paragraph with its word differences.
 */
export function diffParagraphs(before: string, after: string): ParagraphDiff[] {
  const steps = lcs(paragraphsOf(before), paragraphsOf(after));
  const result: ParagraphDiff[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    if (step.kind === "same") {
      result.push({ kind: "same", before: step.item, after: step.item });
      continue;
    }
    // Pair a run of removals with the additions that follow it, one to one, in order.
    const removed: string[] = [];
    const added: string[] = [];
    while (k < steps.length && steps[k]!.kind === "removed") removed.push(steps[k++]!.item);
    while (k < steps.length && steps[k]!.kind === "added") added.push(steps[k++]!.item);
    k--;
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) {
      result.push({ kind: "changed", before: removed[p], after: added[p], words: diffWords(removed[p]!, added[p]!) });
    }
    for (const text of removed.slice(pairs)) result.push({ kind: "removed", before: text });
    for (const text of added.slice(pairs)) result.push({ kind: "added", after: text });
  }
  return result;
}

/** Unchanged paragraphs left out of a comparison, counted. */
export type UnchangedRun = { kind: "unchanged"; count: number };

/**
 * Keeps `context` unchanged paragraphs on each side of every change and counts the others in their place: the
 * comparison of two saves of a 20,000-word article shows what changed, not the whole text again. A run of a
 * single paragraph is kept, as its count would take the same room.
 */
export function foldUnchanged(diffs: readonly ParagraphDiff[], context = 1): (ParagraphDiff | UnchangedRun)[] {
  const nearChange = diffs.map(() => false);
  diffs.forEach((diff, index) => {
    if (diff.kind === "same") return;
    for (let near = Math.max(0, index - context); near <= Math.min(diffs.length - 1, index + context); near++) nearChange[near] = true;
  });
  const folded: (ParagraphDiff | UnchangedRun)[] = [];
  for (let index = 0; index < diffs.length; ) {
    let end = index;
    while (end < diffs.length && !nearChange[end]) end++;
    if (end - index >= 2) folded.push({ kind: "unchanged", count: end - index });
    else if (end > index) folded.push(diffs[index]!);
    if (end < diffs.length) folded.push(diffs[end]!);
    index = end + 1;
  }
  return folded;
}
