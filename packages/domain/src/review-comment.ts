import { z } from "zod";
import { type Decision, type Role } from "./role";

/**
 * A reviewer's note on a range of a version's body. Internal to the newsroom: the public site has no
 * query that reads them.
 */
export type ReviewComment = {
  id: string;
  quote: string;
  anchorFrom: number;
  anchorTo: number;
  body: string;
  createdAt: Date;
  author: { id: string; name: string };
  resolvedAt: Date | null;
  resolvedBy: { name: string } | null;
  /** Whether the person asking may resolve or reopen it, so the UI shows only buttons that work. */
  canResolve: boolean;
};

export const QUOTE_MAX_LENGTH = 2000;
export const COMMENT_MAX_LENGTH = 4000;

export const ZNewComment = z
  .object({
    quote: z.string().min(1, "Select the text to comment on").max(QUOTE_MAX_LENGTH, `Select at most ${QUOTE_MAX_LENGTH} characters`),
    anchorFrom: z.number().int().min(0),
    anchorTo: z.number().int().min(1),
    body: z
      .string()
      .trim()
      .min(1, "Write a comment")
      .max(COMMENT_MAX_LENGTH, `A comment must be at most ${COMMENT_MAX_LENGTH} characters`),
  })
  .refine((input) => input.anchorTo > input.anchorFrom, { message: "The selection is empty", path: ["anchorTo"] });
export type NewComment = z.infer<typeof ZNewComment>;

export const ZResolveComment = z.object({ resolved: z.boolean() });

/**
 * Who may do what with comments. Every signed-in user may read every version, so everyone may comment;
 * resolving or reopening is for the comment's author and for editors and admins, who run the review.
 */
export type CommentAction = { kind: "comment.add" } | { kind: "comment.resolve"; authorId: string };

export function decideComment(actor: { id: string; role: Role }, action: CommentAction): Decision {
  if (action.kind === "comment.add") return { allowed: true };
  if (actor.role === "admin" || actor.role === "editor" || actor.id === action.authorId) return { allowed: true };
  return { allowed: false, reason: "Only the comment's author, editors and admins may resolve or reopen a comment." };
}

/** A run of text in the document and the editor position where it starts (text nodes are contiguous inside). */
export type TextSegment = { text: string; pos: number };
export type Anchor = { from: number; to: number };

/**
 * Where a comment's quote is now. Edits move text, so the stored range may no longer hold the quote:
 * it is searched for in the whole text and the occurrence nearest the stored start wins. Null when the
 * quoted text was deleted or rewritten. Positions are the editor's; characters between segments (block
 * boundaries) are not part of the text, as in the quote, which is read without separators.
 */
export function locateQuote(segments: readonly TextSegment[], quote: string, near: Anchor): Anchor | null {
  if (!quote) return null;
  const starts: number[] = [];
  let text = "";
  for (const segment of segments) {
    starts.push(text.length);
    text += segment.text;
  }
  // The editor position of the character at `index` of the joined text.
  const positionOf = (index: number) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > index) k--;
    return segments[k]!.pos + (index - starts[k]!);
  };
  let best: Anchor | null = null;
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
    const anchor = { from: positionOf(index), to: positionOf(index + quote.length - 1) + 1 };
    if (!best || Math.abs(anchor.from - near.from) < Math.abs(best.from - near.from)) best = anchor;
  }
  return best;
}
