/** One paragraph of a comparison; a changed paragraph carries its word-level differences. */
export type WordDiff = { kind: "same" | "added" | "removed"; text: string };
export type ParagraphDiff = {
  kind: "same" | "added" | "removed" | "changed";
  before?: string;
  after?: string;
  words?: WordDiff[];
};

type Step<T> = { kind: "same" | "added" | "removed"; item: T };

/**
 * The longest common subsequence of two lists as a sequence of steps. O(n·m) time and memory,
 * which is fine for the few thousand paragraphs (or words of one paragraph) an article has.
 */
function lcs<T>(before: readonly T[], after: readonly T[]): Step<T>[] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: length of the LCS of before[i..] and after[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i]!;
    const next = lengths[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = before[i] === after[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      steps.push({ kind: "same", item: before[i]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      steps.push({ kind: "removed", item: before[i++]! });
    } else {
      steps.push({ kind: "added", item: after[j++]! });
    }
  }
  while (i < n) steps.push({ kind: "removed", item: before[i++]! });
  while (j < m) steps.push({ kind: "added", item: after[j++]! });
  return steps;
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** Words and the spaces between them as separate parts: joined they give back the paragraph, and a last word matches itself. */
const wordsOf = (text: string) => text.match(/\s+|\S+/g) ?? [];

/** Word-level differences, neighbouring words of the same kind merged into one run for readable marks. */
export function diffWords(before: string, after: string): WordDiff[] {
  const runs: WordDiff[] = [];
  for (const step of lcs(wordsOf(before), wordsOf(after))) {
    const last = runs.at(-1);
    if (last?.kind === step.kind) last.text += step.item;
    else runs.push({ kind: step.kind, text: step.item });
  }
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
