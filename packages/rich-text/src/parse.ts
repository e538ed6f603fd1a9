import { AppError, type RichTextDoc, type RichTextNode, ZRichTextDoc } from "@rightsdesk/domain";
import { getSchema } from "@tiptap/core";
import { hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS, richTextExtensions } from "./extensions";
import { findInvalidMedia } from "./media-nodes";
import { mentionProblem } from "./mention";
import { statementProblem } from "./statement";

const schema = getSchema(richTextExtensions);

function findProblem(node: RichTextNode): string | null {
  if (node.type === "mention") return mentionProblem(node.attrs);
  if (node.type === "image" && !hasAllowedProtocol(String(node.attrs?.src ?? ""), IMAGE_PROTOCOLS)) {
    return "Images must have an http(s) address";
  }
  if (node.type === "statement") {
    const problem = statementProblem(node.attrs);
    if (problem) return problem;
  }
  for (const mark of node.marks ?? []) {
    if (mark.type === "link" && !hasAllowedProtocol(String(mark.attrs?.href ?? ""), LINK_PROTOCOLS)) {
      return "Links must be http(s) or mailto addresses";
    }
  }
  for (const child of node.content ?? []) {
    const problem = findProblem(child);
    if (problem) return problem;
  }
  return null;
}

/**
 * Accepts a body only if it is a document of the editor's schema with safe URLs and complete mentions.
 * Throws a validation AppError that says what is wrong otherwise.
 */
export function parseRichText(input: unknown): RichTextDoc {
  const shaped = ZRichTextDoc.safeParse(input);
  if (!shaped.success) {
    throw new AppError("validation", `Body is not a valid document: ${shaped.error.issues[0]?.message ?? "bad shape"}`);
  }
  try {
    schema.nodeFromJSON(shaped.data).check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown problem";
    throw new AppError("validation", `Body does not fit the editor's schema: ${reason}`);
  }
  const problem = shaped.data.content.map((node) => findProblem(node) ?? findInvalidMedia(node)).find(Boolean);
  if (problem) throw new AppError("validation", problem);
  return shaped.data;
}
