import { z } from "zod";

/**
 * The shape of a Tiptap (ProseMirror) JSON document. This checks structure only; whether
 * node and mark types and their nesting are allowed is checked against the editor's schema
 * by @rightsdesk/rich-text on the server.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type RichTextMark = { type: string; attrs?: Record<string, JsonValue> };
export type RichTextNode = {
  type: string;
  attrs?: Record<string, JsonValue>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};
export type RichTextDoc = { type: "doc"; content: RichTextNode[] };

export const BODY_MAX_BYTES = 1_000_000;

const ZAttrs = z.record(z.string(), z.json());
const ZMark = z.object({ type: z.string().min(1), attrs: ZAttrs.optional() });
const ZNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: ZAttrs.optional(),
    content: z.array(ZNode).optional(),
    marks: z.array(ZMark).optional(),
    text: z.string().optional(),
  }),
);

/** The size of a string encoded as UTF-8 (what is stored and sent), not its count of UTF-16 code units. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point outside the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `text` takes at most `max` bytes as UTF-8. Each UTF-16 code unit takes one to three bytes, so most texts are
 * decided by their length alone: counting a 20,000-word body cost milliseconds on every save, twice.
 */
export function fitsInUtf8Bytes(text: string, max: number): boolean {
  if (text.length * 3 <= max) return true;
  return text.length <= max && utf8ByteLength(text) <= max;
}

export const ZRichTextDoc = z
  .object({ type: z.literal("doc"), content: z.array(ZNode) }, { error: "Body must be a Tiptap document" })
  .refine((doc) => fitsInUtf8Bytes(JSON.stringify(doc), BODY_MAX_BYTES), "Body is too long (over 1 MB)");

export const EMPTY_DOC: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };

/** The plain text of a document, paragraphs separated by blank lines: for word counts, excerpts, search. */
export function plainText(node: RichTextNode | RichTextDoc): string {
  if (node.type === "text") return "text" in node ? (node.text ?? "") : "";
  const children = node.content ?? [];
  if (node.type === "hardBreak") return "\n";
  const isTextblock = children.some((child) => child.type === "text");
  return children.map(plainText).join(isTextblock ? "" : "\n\n");
}

export function wordCount(doc: RichTextDoc): number {
  return plainText(doc).split(/\s+/).filter(Boolean).length;
}
