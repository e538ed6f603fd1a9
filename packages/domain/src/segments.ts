import { canonicalJson } from "./json";
import { type RichTextDoc, type RichTextMark, type RichTextNode } from "./rich-text";

/**
 * The inline content of one segment as a tree: plain text, a mark spanning its children (an XLIFF
 * <pc>), or an inline atom such as a line break or a mention (an XLIFF <ph>). Marks and atoms are
 * kept whole, so a translated segment can be turned back into the same kind of document.
 */
export type SegmentInline =
  | { kind: "text"; text: string }
  | { kind: "mark"; mark: RichTextMark; content: SegmentInline[] }
  | { kind: "atom"; node: RichTextNode };

/**
 * One translatable piece of an article body. `id` comes from the block's path in the document
 * ("b3": the fourth top-level block; "b5.0.1": its first list item's second paragraph; "b4.alt": an
 * image's alt text), so the same structure gives the same ids in every language. `block` names the
 * node types along that path: two segments align only when those match too.
 */
export type Segment = { id: string; block: string; content: SegmentInline[] };

/** Blocks whose content is inline text: one segment each. Other blocks with content are containers. */
const TEXTBLOCKS = new Set(["paragraph", "heading", "codeBlock"]);

const sameMark = (a: RichTextMark, b: RichTextMark) => canonicalJson(a) === canonicalJson(b);

/** Turns a textblock's flat list of marked inline nodes into a tree of nested marks. */
export function toInlineTree(nodes: readonly RichTextNode[]): SegmentInline[] {
  const root: SegmentInline[] = [];
  // The open marks, outermost first, each with the list its children go into.
  const open: { mark: RichTextMark; content: SegmentInline[] }[] = [];
  for (const node of nodes) {
    const marks = node.marks ?? [];
    let shared = 0;
    while (shared < open.length && shared < marks.length && sameMark(open[shared]!.mark, marks[shared]!)) shared++;
    open.length = shared;
    for (const mark of marks.slice(shared)) {
      const element = { kind: "mark" as const, mark, content: [] };
      (open.at(-1)?.content ?? root).push(element);
      open.push(element);
    }
    const target = open.at(-1)?.content ?? root;
    if (node.type === "text") {
      target.push({ kind: "text", text: node.text ?? "" });
    } else {
      const { marks: _carriedByTree, ...atom } = node;
      target.push({ kind: "atom", node: atom });
    }
  }
  return root;
}

/** The flat inline nodes of a tree; neighbouring texts with the same marks become one text node. */
export function fromInlineTree(tree: readonly SegmentInline[], marks: readonly RichTextMark[] = []): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  const withMarks = (node: RichTextNode): RichTextNode => (marks.length ? { ...node, marks: [...marks] } : node);
  for (const item of tree) {
    if (item.kind === "mark") {
      nodes.push(...fromInlineTree(item.content, [...marks, item.mark]));
    } else if (item.kind === "atom") {
      nodes.push(withMarks(item.node));
    } else if (item.text) {
      nodes.push(withMarks({ type: "text", text: item.text }));
    }
  }
  return nodes.reduce<RichTextNode[]>((merged, node) => {
    const last = merged.at(-1);
    if (last?.type === "text" && node.type === "text" && canonicalJson(last.marks ?? []) === canonicalJson(node.marks ?? [])) {
      merged[merged.length - 1] = { ...last, text: `${last.text ?? ""}${node.text ?? ""}` };
    } else merged.push(node);
    return merged;
  }, []);
}

/** The plain text of a segment, atoms left out: for checks and previews. */
export function segmentText(tree: readonly SegmentInline[]): string {
  return tree.map((item) => (item.kind === "text" ? item.text : item.kind === "mark" ? segmentText(item.content) : "")).join("");
}

type Visit = { id: string; block: string; node: RichTextNode };

/** Every block that carries translatable text, in document order, with its id and type path. */
function* translatableBlocks(nodes: readonly RichTextNode[], path: string, types: string): Generator<Visit> {
  for (const [index, node] of nodes.entries()) {
    const id = path ? `${path}.${index}` : `b${index}`;
    const block = types ? `${types}/${node.type}` : node.type;
    if (TEXTBLOCKS.has(node.type)) yield { id, block, node };
    else if (node.content) yield* translatableBlocks(node.content, id, block);
    else if (typeof node.attrs?.alt === "string") yield { id: `${id}.alt`, block: `${block}/alt`, node };
  }
}

const isAlt = (visit: Visit) => visit.block.endsWith("/alt");

/** The translatable segments of a document. Empty paragraphs and images without alt text have nothing to translate. */
export function segmentsOf(doc: RichTextDoc): Segment[] {
  const segments: Segment[] = [];
  for (const visit of translatableBlocks(doc.content, "", "")) {
    const content = isAlt(visit)
      ? [{ kind: "text" as const, text: String(visit.node.attrs?.alt ?? "") }]
      : toInlineTree(visit.node.content ?? []);
    if (segmentText(content) || content.some((item) => item.kind !== "text")) segments.push({ id: visit.id, block: visit.block, content });
  }
  return segments;
}

export type Alignment = {
  /** Source segments with the translation's segment at the same place in the same kind of block. */
  pairs: { source: Segment; translation: Segment }[];
  /** Ids of source segments the translation has nothing for (its structure differs there). */
  unmatchedSource: string[];
  /** Ids of translation segments with no source segment at their place. */
  unmatchedTranslation: string[];
};

/**
 * Pairs a source's segments with a translation's by position: a translation made from a copy of
 * the source keeps its structure, so the same path in the same kind of block is the same passage.
 */
export function alignSegments(source: readonly Segment[], translation: readonly Segment[]): Alignment {
  const byId = new Map(translation.map((segment) => [segment.id, segment]));
  const pairs: Alignment["pairs"] = [];
  const unmatchedSource: string[] = [];
  for (const segment of source) {
    const match = byId.get(segment.id);
    if (match?.block === segment.block) {
      pairs.push({ source: segment, translation: match });
      byId.delete(segment.id);
    } else unmatchedSource.push(segment.id);
  }
  return { pairs, unmatchedSource, unmatchedTranslation: [...byId.keys()] };
}

function rebuildNodes(
  nodes: readonly RichTextNode[],
  path: string,
  contents: ReadonlyMap<string, readonly SegmentInline[]>,
  used: Set<string>,
): RichTextNode[] {
  return nodes.map((node, index) => {
    const id = path ? `${path}.${index}` : `b${index}`;
    const translated = contents.get(TEXTBLOCKS.has(node.type) || node.content ? id : `${id}.alt`);
    if (TEXTBLOCKS.has(node.type)) {
      if (!translated) return node;
      used.add(id);
      const content = fromInlineTree(translated);
      const { content: _source, ...rest } = node;
      return content.length ? { ...rest, content } : rest;
    }
    if (node.content) return { ...node, content: rebuildNodes(node.content, id, contents, used) };
    if (translated && typeof node.attrs?.alt === "string") {
      used.add(`${id}.alt`);
      return { ...node, attrs: { ...node.attrs, alt: segmentText(translated) } };
    }
    return node;
  });
}

/**
 * A translated document: the source's structure with each segment's content replaced by its
 * translation. Segments without a translation keep the source text and are reported as missing;
 * translations for ids the source does not have are reported as unused.
 */
export function rebuildDoc(
  source: RichTextDoc,
  contents: ReadonlyMap<string, readonly SegmentInline[]>,
): { doc: RichTextDoc; missing: string[]; unused: string[] } {
  const used = new Set<string>();
  const doc: RichTextDoc = { type: "doc", content: rebuildNodes(source.content, "", contents, used) };
  const missing = segmentsOf(source)
    .map((segment) => segment.id)
    .filter((id) => !used.has(id));
  const unused = [...contents.keys()].filter((id) => !used.has(id));
  return { doc, missing, unused };
}
