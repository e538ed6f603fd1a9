import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";

/*
 * Where a node sits in a body: its index in each parent's content, from the document down. A save refused
 * because of one node names it by this path (in the error's fields, as "body.content.4.content.1", the
 * key a schema issue at that place of the request body would get), so the editor can say which node and remove it.
 */

const FIELD_PREFIX = "body";
const FIELD = /^body((?:\.content\.\d+)+)$/;

/** The error field of the node at `path`. */
export function nodeField(path: readonly number[]): string {
  return [FIELD_PREFIX, ...path.map((index) => `content.${index}`)].join(".");
}

/** The path a field names, or null for a field that is not a node of the body. */
export function nodePathOf(field: string): number[] | null {
  const match = FIELD.exec(field);
  return match?.[1] ? match[1].split(".content.").slice(1).map(Number) : null;
}

export function nodeAtPath(doc: RichTextDoc, path: readonly number[]): RichTextNode | null {
  let node: RichTextNode | undefined = doc;
  for (const index of path) node = node?.content?.[index];
  return path.length > 0 && node ? node : null;
}

const NODE_NAMES: Readonly<Record<string, string>> = {
  image: "Image",
  mediaImage: "Image from the media library",
  gallery: "Gallery",
  video: "Video",
  mention: "Mention",
  statement: "Statement",
  heading: "Heading",
  paragraph: "Paragraph",
  text: "Text",
  blockquote: "Quote",
  bulletList: "List",
  orderedList: "Numbered list",
  listItem: "List item",
  codeBlock: "Code block",
};

/** How many nodes of `type` come before the node at `path`, in reading order. */
function countBefore(nodes: readonly RichTextNode[], type: string, path: readonly number[]): number {
  const [index = 0, ...rest] = path;
  let count = 0;
  const countIn = (node: RichTextNode): number => (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + countIn(child), 0);
  nodes.slice(0, index).forEach((node) => (count += countIn(node)));
  const current = nodes[index];
  if (current && rest.length > 0) count += (current.type === type ? 1 : 0) + countBefore(current.content ?? [], type, rest);
  return count;
}

/** The node at `path` as a writer finds it: "Image 2 (block 5 of the text)", "Mention 1 in block 3 of the text". */
export function describeNodeAt(doc: RichTextDoc, path: readonly number[]): string {
  const node = nodeAtPath(doc, path);
  const [block = 0] = path;
  if (!node) return `Block ${block + 1} of the text`;
  const name = `${NODE_NAMES[node.type] ?? node.type} ${countBefore(doc.content, node.type, path) + 1}`;
  return path.length === 1 ? `${name} (block ${block + 1} of the text)` : `${name} in block ${block + 1} of the text`;
}
