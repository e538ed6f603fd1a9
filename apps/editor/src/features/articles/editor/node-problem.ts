import { type RichTextDoc } from "@rightsdesk/domain";
import { describeNodeAt, nodeAtPath, nodePathOf } from "@rightsdesk/rich-text/node-path";
import { type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { IMAGE_NOT_IMPORTED } from "./image-not-imported";

/** A node of a saved body that the server refused, as the writer is told about it. */
export type NodeProblem = {
  path: number[];
  /** The refused node's type, attributes and text, to find it again in the editor only if it is still the same. */
  type: string;
  identity: string;
  /** "Image 2 (block 5 of the text): images must have an http(s) address" */
  message: string;
};

const identity = (attrs: object, text: string | undefined) => JSON.stringify([attrs, text ?? null]);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The node a refused save names in its fields, read against the body that was sent; null if it names none. */
export function nodeProblemOf(fields: Record<string, string> | undefined, sent: RichTextDoc): NodeProblem | null {
  for (const [field, problem] of Object.entries(fields ?? {})) {
    const path = nodePathOf(field);
    const node = path && nodeAtPath(sent, path);
    if (path && node) {
      return { path, type: node.type, identity: identity(node.attrs ?? {}, node.text), message: `${describeNodeAt(sent, path)}: ${lowerFirst(problem)}` };
    }
  }
  return null;
}

/**
 * Where the refused node is in the editor's document now. Placeholders are not counted, as they were not
 * in the body sent (see savableBody); null when that place holds another node (the text changed meanwhile).
 */
export function problemRange(doc: ProseMirrorNode, problem: NodeProblem): { from: number; to: number } | null {
  let node = doc;
  let pos = -1;
  for (const index of problem.path) {
    const start = pos + 1;
    const children: { child: ProseMirrorNode; offset: number }[] = [];
    node.forEach((child, offset) => {
      if (child.type.name !== IMAGE_NOT_IMPORTED) children.push({ child, offset });
    });
    const found = children[index];
    if (!found) return null;
    node = found.child;
    pos = start + found.offset;
  }
  const same = node.type.name === problem.type && identity(node.attrs, node.text) === problem.identity;
  return same ? { from: pos, to: pos + node.nodeSize } : null;
}
