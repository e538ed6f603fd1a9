import { type MergeResult } from "@rightsdesk/domain";

/** What the writer is told after a merge: what was merged and where both sides changed the same part. */
export function describeMerge(result: MergeResult, latest: number): string {
  if (result.conflicts.length === 0) return `Merged with revision ${latest}: no part was changed on both sides. Review the text, then press Save.`;
  const parts = result.conflicts.map((conflict) =>
    conflict.field === "body"
      ? `a passage of the body (both texts kept, yours first: “${conflict.mine.slice(0, 60)}”)`
      : `the ${conflict.field} (yours kept; theirs was “${conflict.theirs}”)`,
  );
  return `Merged with revision ${latest}. Changed on both sides: ${parts.join("; ")}. Review the text, then press Save.`;
}
