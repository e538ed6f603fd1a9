import { canonicalJson, type RichTextMark, type RichTextNode, type SegmentInline } from "@rightsdesk/domain";

/**
 * One inline code of a unit: a mark becomes a paired code (<pc>), an inline atom (line break,
 * mention or any other inline node) a placeholder (<ph>). The mark or node itself goes into the
 * unit's <originalData>, so a tool that cannot interpret it still carries it through untouched.
 */
export type InlineCode =
  | { id: string; dataId: string; kind: "mark"; mark: RichTextMark }
  | { id: string; dataId: string; kind: "atom"; node: RichTextNode };

/** Segment content in XLIFF terms: text, and codes referred to by their id. */
export type XliffInline = { kind: "text"; text: string } | { kind: "pc"; id: string; content: XliffInline[] } | { kind: "ph"; id: string };

/**
 * Numbers the codes of a segment in document order ("1", "2"…). Export and import both number the
 * source this way, so a target's code ids are checked against the source, never trusted from the file.
 */
export function encodeSegment(tree: readonly SegmentInline[]): { content: XliffInline[]; codes: InlineCode[] } {
  const codes: InlineCode[] = [];
  const walk = (items: readonly SegmentInline[]): XliffInline[] =>
    items.map((item): XliffInline => {
      if (item.kind === "text") return item;
      const id = String(codes.length + 1);
      const dataId = `d${id}`;
      if (item.kind === "atom") {
        codes.push({ id, dataId, kind: "atom", node: item.node });
        return { kind: "ph", id };
      }
      codes.push({ id, dataId, kind: "mark", mark: item.mark });
      return { kind: "pc", id, content: walk(item.content) };
    });
  return { content: walk(tree), codes };
}

/**
 * A target's content back as a segment tree, with each code replaced by the source's mark or node.
 * A code the source does not have, or one used twice, is reported, as a tool could have broken it.
 */
export function decodeSegment(
  content: readonly XliffInline[],
  codes: readonly InlineCode[],
): { tree: SegmentInline[]; problems: string[] } {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const seen = new Set<string>();
  const problems: string[] = [];
  const walk = (items: readonly XliffInline[]): SegmentInline[] =>
    items.flatMap((item): SegmentInline[] => {
      if (item.kind === "text") return [item];
      const code = byId.get(item.id);
      const element = item.kind === "pc" ? "<pc>" : "<ph>";
      if (!code || (code.kind === "mark") !== (item.kind === "pc")) {
        problems.push(`inline code ${element} with id "${item.id}" does not exist in the source`);
        return item.kind === "pc" ? walk(item.content) : [];
      }
      if (seen.has(item.id)) problems.push(`inline code ${element} with id "${item.id}" is used more than once`);
      seen.add(item.id);
      if (code.kind === "atom") return [{ kind: "atom", node: code.node }];
      return [{ kind: "mark", mark: code.mark, content: walk(item.kind === "pc" ? item.content : []) }];
    });
  return { tree: walk(content), problems };
}

/** XLIFF's own names for common formatting, so that CAT tools can show bold as bold. */
export function codeTypeOf(code: InlineCode): { type: "fmt" | "link" | "other"; subType?: string } {
  if (code.kind === "atom") return code.node.type === "hardBreak" ? { type: "fmt", subType: "xlf:lb" } : { type: "other" };
  switch (code.mark.type) {
    case "bold":
      return { type: "fmt", subType: "xlf:b" };
    case "italic":
      return { type: "fmt", subType: "xlf:i" };
    case "underline":
      return { type: "fmt", subType: "xlf:u" };
    case "link":
      return { type: "link" };
    default:
      return { type: "fmt" };
  }
}

/** What a translator sees for a placeholder: a mention's label, otherwise the node's type. */
export function placeholderLabel(node: RichTextNode): string {
  return typeof node.attrs?.label === "string" ? node.attrs.label : node.type;
}

/**
 * A translation's segment expressed with the source's codes, to prefill a target: each mark or
 * inline node takes the first unused source code with the same content, wherever it stands in the
 * sentence. One the source lacks (a link to another address) is left out, keeping its text.
 */
export function matchCodes(tree: readonly SegmentInline[], codes: readonly InlineCode[]): XliffInline[] {
  const unused = codes.map((code) => ({ code, key: canonicalJson(code.kind === "mark" ? code.mark : code.node) }));
  const take = (kind: InlineCode["kind"], key: string) => {
    const index = unused.findIndex((entry) => entry.code.kind === kind && entry.key === key);
    return index < 0 ? undefined : unused.splice(index, 1)[0]?.code;
  };
  const walk = (items: readonly SegmentInline[]): XliffInline[] =>
    items.flatMap((item): XliffInline[] => {
      if (item.kind === "text") return [item];
      if (item.kind === "atom") {
        const code = take("atom", canonicalJson(item.node));
        return code ? [{ kind: "ph", id: code.id }] : [];
      }
      const code = take("mark", canonicalJson(item.mark));
      return code ? [{ kind: "pc", id: code.id, content: walk(item.content) }] : walk(item.content);
    });
  return walk(tree);
}
