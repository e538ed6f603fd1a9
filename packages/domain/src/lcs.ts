export type Step<T> = { kind: "same" | "added" | "removed"; item: T };

/**
 * The most cells the table of one comparison may have (16 MB, some tens of milliseconds): two long texts that
 * differ all through (a 20,000-word paragraph rewritten) would otherwise take gigabytes and minutes.
 */
export const MAX_LCS_CELLS = 4_000_000;

/**
 * The longest common subsequence of two lists as a sequence of steps. What the lists share at their start and end
 * is taken as it is, so a small change in a long text costs its length; the part in between is compared in
 * O(n·m) time and memory, or, beyond `maxCells`, shown as removed and added whole.
 */
export function lcs<T>(before: readonly T[], after: readonly T[], maxCells = MAX_LCS_CELLS): Step<T>[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const same = (items: readonly T[]) => items.map((item): Step<T> => ({ kind: "same", item }));
  const [oldMiddle, newMiddle] = [before.slice(start, before.length - end), after.slice(start, after.length - end)];
  const middle =
    (oldMiddle.length + 1) * (newMiddle.length + 1) > maxCells
      ? [...oldMiddle.map((item): Step<T> => ({ kind: "removed", item })), ...newMiddle.map((item): Step<T> => ({ kind: "added", item }))]
      : tableSteps(oldMiddle, newMiddle);
  return [...same(before.slice(0, start)), ...middle, ...same(before.slice(before.length - end))];
}

/** The steps of the longest common subsequence, from the full table of it. */
function tableSteps<T>(before: readonly T[], after: readonly T[]): Step<T>[] {
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
