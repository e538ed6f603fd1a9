import { AppError, type RichTextDoc, type RichTextNode, ZRichTextDoc } from "@rightsdesk/domain";
import { getSchema } from "@tiptap/core";
import { HEADING_LEVELS, hasAllowedProtocol, IMAGE_PROTOCOLS, LINK_PROTOCOLS, LINK_REL, richTextExtensions } from "./extensions";
import { mediaProblem } from "./media-nodes";
import { mentionProblem } from "./mention";
import { nodeField } from "./node-path";
import { statementProblem } from "./statement";

const schema = getSchema(richTextExtensions);

/** An attribute the schema does not know for this node or mark: stored, it would reach the page as it was sent. */
function unknownAttribute(kind: "node" | "mark", type: string, attrs: Record<string, unknown> | undefined): string | null {
  const known = (kind === "node" ? schema.nodes[type] : schema.marks[type])?.spec.attrs ?? {};
  const unknown = Object.keys(attrs ?? {}).find((name) => !(name in known));
  return unknown === undefined ? null : `The ${type} ${kind === "node" ? "block" : "formatting"} has an unknown attribute "${unknown}"`;
}

/** A link carries an address and a title; how it opens and what it says to the browser is the site's to decide. */
function linkProblem(attrs: Record<string, unknown> = {}): string | null {
  if (!hasAllowedProtocol(String(attrs.href ?? ""), LINK_PROTOCOLS)) return "Links must be http(s) or mailto addresses";
  if ((attrs.rel ?? LINK_REL) !== LINK_REL || (attrs.target ?? null) !== null || (attrs.class ?? null) !== null) {
    return "Links may not set their own rel, target or class";
  }
  return null;
}

/** What is wrong with this node itself (its attributes and marks), or null; its content is looked at separately. */
function nodeProblem(node: RichTextNode): string | null {
  const unknown = unknownAttribute("node", node.type, node.attrs);
  if (unknown) return unknown;
  if (node.type === "heading" && !HEADING_LEVELS.some((level) => level === node.attrs?.level)) {
    return `Headings are of level ${HEADING_LEVELS.join(", ")}`;
  }
  const mention = node.type === "mention" ? mentionProblem(node.attrs) : null;
  if (mention) return mention;
  if (node.type === "image" && !hasAllowedProtocol(String(node.attrs?.src ?? ""), IMAGE_PROTOCOLS)) {
    return "Images must have an http(s) address";
  }
  if (node.type === "statement") {
    const problem = statementProblem(node.attrs);
    if (problem) return problem;
  }
  for (const mark of node.marks ?? []) {
    const problem = unknownAttribute("mark", mark.type, mark.attrs) ?? (mark.type === "link" ? linkProblem(mark.attrs) : null);
    if (problem) return problem;
  }
  return mediaProblem(node);
}

/** The first node, in reading order, that may not be stored, with where it is. */
function findProblem(nodes: readonly RichTextNode[], parentPath: readonly number[]): { path: number[]; problem: string } | null {
  for (const [index, node] of nodes.entries()) {
    const path = [...parentPath, index];
    const problem = nodeProblem(node);
    if (problem) return { path, problem };
    const inner = findProblem(node.content ?? [], path);
    if (inner) return inner;
  }
  return null;
}

/**
 * Accepts a body only if it is a document of the editor's schema with safe URLs and complete mentions.
 * Throws a validation AppError that says what is wrong otherwise, naming the node in its fields when one node is.
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
  const found = findProblem(shaped.data.content, []);
  // The field names the node, so that the editor can say which one it is and offer to remove it.
  if (found) throw new AppError("validation", found.problem, { [nodeField(found.path)]: found.problem });
  return shaped.data;
}
