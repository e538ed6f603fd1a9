import { lcs } from "./lcs";
import { plainText, type RichTextDoc, type RichTextNode } from "./rich-text";

/** What two people edit at once: one language version's text. */
export type MergeableVersion = { title: string; summary: string; body: RichTextDoc };

/** A part changed differently on both sides; `mine` and `theirs` are plain text for the writer to compare. */
export type MergeConflict = { field: "title" | "summary" | "body"; mine: string; theirs: string };

export type MergeResult = MergeableVersion & { conflicts: MergeConflict[] };

/** The same JSON whatever the order of its keys (stored JSON comes back reordered), to compare blocks. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** One side's change: base blocks [start, end) replaced by `blocks` (an insertion when start = end). */
type Hunk = { start: number; end: number; blocks: RichTextNode[] };

function hunks(baseKeys: readonly string[], side: readonly RichTextNode[]): Hunk[] {
  const result: Hunk[] = [];
  let open: Hunk | null = null;
  let i = 0;
  let j = 0;
  for (const step of lcs(baseKeys, side.map(canonical))) {
    if (step.kind === "same") {
      open = null;
      i++;
      j++;
      continue;
    }
    if (!open) result.push((open = { start: i, end: i, blocks: [] }));
    if (step.kind === "removed") open.end = ++i;
    else open.blocks.push(side[j++]!);
  }
  return result;
}

/** Two changes touch when they replace overlapping base blocks or insert at the same place. */
const touch = (a: Hunk, b: Hunk) =>
  (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));

/** Base blocks [start, end) with one side's changes inside that range applied. */
function applyHunks(base: readonly RichTextNode[], start: number, end: number, changes: readonly Hunk[]): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let at = start;
  for (const hunk of changes) {
    blocks.push(...base.slice(at, hunk.start), ...hunk.blocks);
    at = hunk.end;
  }
  blocks.push(...base.slice(at, end));
  return blocks;
}

/**
 * Three-way merge of top-level blocks (paragraphs, headings, lists…), in the manner of diff3: each side's
 * changes against the base are found; changes that do not touch the other side's are all applied, and
 * where both sides changed the same blocks differently both texts are kept, mine first.
 */
function mergeBlocks(base: RichTextNode[], theirs: RichTextNode[], mine: RichTextNode[]) {
  const baseKeys = base.map(canonical);
  const tagged = [
    ...hunks(baseKeys, mine).map((hunk) => ({ ...hunk, mine: true })),
    ...hunks(baseKeys, theirs).map((hunk) => ({ ...hunk, mine: false })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  // Touching changes form one group, merged together.
  const groups: (typeof tagged)[] = [];
  for (const hunk of tagged) {
    const group = groups.at(-1);
    if (group?.some((other) => touch(other, hunk))) group.push(hunk);
    else groups.push([hunk]);
  }
  const blocks: RichTextNode[] = [];
  const conflicts: MergeConflict[] = [];
  let at = 0;
  for (const group of groups) {
    const start = Math.min(...group.map((hunk) => hunk.start));
    const end = Math.max(...group.map((hunk) => hunk.end));
    blocks.push(...base.slice(at, start));
    at = end;
    const myBlocks = applyHunks(base, start, end, group.filter((hunk) => hunk.mine));
    const theirBlocks = applyHunks(base, start, end, group.filter((hunk) => !hunk.mine));
    const one = group.every((hunk) => hunk.mine) || group.every((hunk) => !hunk.mine);
    if (one || canonical(myBlocks) === canonical(theirBlocks)) {
      blocks.push(...(group[0]!.mine ? myBlocks : theirBlocks));
      continue;
    }
    blocks.push(...myBlocks, ...theirBlocks);
    const text = (nodes: RichTextNode[]) => plainText({ type: "doc", content: nodes });
    conflicts.push({ field: "body", mine: text(myBlocks), theirs: text(theirBlocks) });
  }
  blocks.push(...base.slice(at));
  return { blocks, conflicts };
}

/** A one-line field: changed on one side takes that side; changed on both keeps mine, theirs reported. */
function mergeField(field: "title" | "summary", base: string, theirs: string, mine: string) {
  if (mine === base || mine === theirs) return { value: theirs, conflict: null };
  if (theirs === base) return { value: mine, conflict: null };
  return { value: mine, conflict: { field, mine, theirs } satisfies MergeConflict };
}

/**
 * Merges my edits and theirs, both made from the same base revision. Nothing is dropped: a conflicting
 * stretch of the body keeps both texts (mine first), a conflicting title or summary keeps mine and the
 * conflict carries theirs, which also stays in the revision history.
 */
export function mergeVersions(base: MergeableVersion, theirs: MergeableVersion, mine: MergeableVersion): MergeResult {
  const title = mergeField("title", base.title, theirs.title, mine.title);
  const summary = mergeField("summary", base.summary, theirs.summary, mine.summary);
  const body = mergeBlocks(base.body.content, theirs.body.content, mine.body.content);
  const fieldConflicts = [title.conflict, summary.conflict].filter((conflict) => conflict !== null);
  return {
    title: title.value,
    summary: summary.value,
    // An empty document still needs one paragraph to be edited.
    body: { type: "doc", content: body.blocks.length > 0 ? body.blocks : [{ type: "paragraph" }] },
    conflicts: [...fieldConflicts, ...body.conflicts],
  };
}
