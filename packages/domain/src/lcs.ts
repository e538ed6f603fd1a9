export type Step<T> = { kind: "same" | "added" | "removed"; item: T };

/**
 * The longest common subsequence of two lists as a sequence of steps. O(n·m) time and memory,
 * which is fine for the few thousand paragraphs (or words of one paragraph) an article has.
 */
export function lcs<T>(before: readonly T[], after: readonly T[]): Step<T>[] {
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
