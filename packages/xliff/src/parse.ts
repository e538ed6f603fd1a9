import { fitsInUtf8Bytes } from "@rightsdesk/domain";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { z } from "zod";
import { type XliffInline } from "./inline-codes";
import { MDA_NS, META_CATEGORY, XLIFF_NS, XML_NS } from "./namespaces";

/** Larger than any article's file (a body is at most 1 MB of JSON), small enough to parse safely. */
export const XLIFF_MAX_BYTES = 3_000_000;

/** One problem with a file, for a person: where ("file" or a unit id) and what. */
export type XliffProblem = { where: string; message: string };
export type XliffResult<T> = { ok: true; value: T } | { ok: false; problems: XliffProblem[] };

const ZInline: z.ZodType<XliffInline> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), text: z.string() }),
    z.object({ kind: z.literal("pc"), id: z.string().min(1, "an inline <pc> code has no id"), content: z.array(ZInline) }),
    z.object({ kind: z.literal("ph"), id: z.string().min(1, "an inline <ph> code has no id") }),
  ]),
);

/** What an XLIFF file says, as plain data: checked for shape here, against the article by applyXliff. */
export const ZParsedXliff = z.object({
  version: z.literal("2.0", { error: "Only XLIFF 2.0 files are accepted (the version attribute must be 2.0)" }),
  srcLang: z.string().min(1, "The file names no source language (srcLang)"),
  trgLang: z.string().min(1, "The file names no target language (trgLang)"),
  fileId: z.string().min(1, "The <file> element has no id"),
  meta: z.record(z.string(), z.string()),
  units: z.array(
    z.object({
      id: z.string().min(1, "A <unit> has no id"),
      source: z.array(ZInline),
      /** Null when no segment of the unit has a <target>. */
      target: z.array(ZInline).nullable(),
    }),
  ),
});
export type ParsedXliff = z.infer<typeof ZParsedXliff>;

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;
const childElements = (parent: Element, name: string, ns = XLIFF_NS) =>
  Array.from(parent.childNodes).filter((node): node is Element => isElement(node) && node.namespaceURI === ns && node.localName === name);

/** Neighbouring texts as one, as a tool may split text around comments or <mrk> annotations. */
function mergeTexts(items: XliffInline[]): XliffInline[] {
  const merged: XliffInline[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    if (last?.kind === "text" && item.kind === "text") last.text += item.text;
    else merged.push(item.kind === "text" ? { ...item } : item);
  }
  return merged;
}

/** The inline content of a <source> or <target>; anything that is not a supported inline element is a problem. */
function readInline(parent: Element, problems: string[]): XliffInline[] {
  const items: XliffInline[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      items.push({ kind: "text", text: node.nodeValue ?? "" });
      continue;
    }
    if (!isElement(node)) continue; // comments and processing instructions carry no text
    const id = node.getAttribute("id") ?? "";
    const name = node.namespaceURI === XLIFF_NS ? node.localName : node.nodeName;
    if (name === "pc") items.push({ kind: "pc", id, content: readInline(node, problems) });
    else if (name === "ph") items.push({ kind: "ph", id });
    // Annotations (terms, comments) wrap text without changing it.
    else if (name === "mrk") items.push(...readInline(node, problems));
    else if (name === "cp") {
      const codePoint = Number.parseInt(node.getAttribute("hex") ?? "", 16);
      if (Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff) items.push({ kind: "text", text: String.fromCodePoint(codePoint) });
      else problems.push("A <cp> element has no valid hex code point.");
    } else if (name === "sc" || name === "ec") {
      problems.push(`Uses <${name}> codes; keep formatting as the paired <pc> codes of the exported file.`);
    } else problems.push(`Contains an unexpected <${node.nodeName}> element.`);
  }
  return mergeTexts(items);
}

/** Whether an element's whitespace is its text (xml:space="preserve", on it or inherited) or layout (the default). */
function preservesSpace(element: Element): boolean {
  for (let node: Node | null = element; node && isElement(node); node = node.parentNode) {
    const space = node.getAttributeNS(XML_NS, "space");
    if (space === "preserve") return true;
    if (space === "default") return false;
  }
  return false;
}

/**
 * Where whitespace is not preserved, a tool may have indented the content (as the npm `xliff` package
 * does when it writes a file back): every run of whitespace counts as one space, none at either end.
 */
function collapseSpace(items: readonly XliffInline[], edges = true): XliffInline[] {
  const collapsed = items.map((item): XliffInline => {
    if (item.kind === "text") return { kind: "text", text: item.text.replace(/[ \t\r\n]+/g, " ") };
    return item.kind === "pc" ? { ...item, content: collapseSpace(item.content, false) } : item;
  });
  const first = collapsed[0];
  const last = collapsed.at(-1);
  if (edges && first?.kind === "text") first.text = first.text.trimStart();
  if (edges && last?.kind === "text") last.text = last.text.trimEnd();
  return collapsed.filter((item) => item.kind !== "text" || item.text !== "");
}

/** A unit's source and target: several segments (a tool may split one) and ignorables are joined in order. */
function readUnit(unit: Element, problems: XliffProblem[]) {
  const id = unit.getAttribute("id") ?? "";
  const unitProblems: string[] = [];
  const elements = { source: [] as Element[], target: [] as Element[] };
  const parts = Array.from(unit.childNodes)
    .filter((node): node is Element => isElement(node) && node.namespaceURI === XLIFF_NS && (node.localName === "segment" || node.localName === "ignorable"))
    .map((part) => {
      const [source] = childElements(part, "source");
      const [target] = childElements(part, "target");
      if (source) elements.source.push(source);
      if (target) elements.target.push(target);
      return {
        ignorable: part.localName === "ignorable",
        source: source ? readInline(source, unitProblems) : [],
        target: target ? readInline(target, unitProblems) : null,
      };
    });
  const spaced = (side: Element[], content: XliffInline[]) => (side.some(preservesSpace) ? content : collapseSpace(content));
  for (const message of unitProblems) problems.push({ where: id || "unit", message });
  const translated = parts.some((part) => part.target);
  if (translated && parts.some((part) => !part.ignorable && !part.target)) {
    problems.push({ where: id || "unit", message: "Some segments of this unit have a target and others do not." });
  }
  // Ignorable whitespace between segments needs no translation: its source stands in for a missing target.
  const target = translated ? parts.flatMap((part) => part.target ?? (part.ignorable ? part.source : [])) : null;
  return {
    id,
    source: spaced(elements.source, mergeTexts(parts.flatMap((part) => part.source))),
    target: target && spaced(elements.target, mergeTexts(target)),
  };
}

function readMeta(file: Element): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const group of Array.from(file.getElementsByTagNameNS(MDA_NS, "metaGroup"))) {
    if (group.getAttribute("category") !== META_CATEGORY) continue;
    for (const entry of childElements(group, "meta", MDA_NS)) meta[entry.getAttribute("type") ?? ""] = entry.textContent ?? "";
  }
  return meta;
}

const fail = (message: string, where = "file"): XliffResult<never> => ({ ok: false, problems: [{ where, message }] });

/** XML 1.0's Char production: what an XML document may contain, written out or as a reference. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * The first character the file has, or refers to (`&#0;`, `&#xD800;`), that XML does not allow. The parser
 * lets references through, and such a character (NUL, half a surrogate pair) cannot be stored.
 */
function forbiddenCharacter(xml: string): string | null {
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const value = match[1] ?? "";
    const code = value.startsWith("x") ? Number.parseInt(value.slice(1), 16) : Number.parseInt(value, 10);
    if (!isXmlChar(code)) return match[0];
  }
  for (const char of xml) {
    const code = char.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

/**
 * Reads an XLIFF 2.0 file with a real XML parser. A DTD is refused outright: the parser never
 * expands entities, and a file that brings one (XXE, "billion laughs") is not one we exported.
 */
export function parseXliff(xml: string): XliffResult<ParsedXliff> {
  if (!fitsInUtf8Bytes(xml, XLIFF_MAX_BYTES)) return fail(`The file is larger than ${XLIFF_MAX_BYTES / 1_000_000} MB.`);
  const forbidden = forbiddenCharacter(xml);
  if (forbidden) return fail(`The file contains a character that XML does not allow (${forbidden}). Export it again from your tool, or remove that character.`);
  let parseError: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === "warning") return;
      parseError ??= message;
      throw new Error(message);
    },
  });
  let document;
  try {
    document = parser.parseFromString(xml, "application/xml");
  } catch (error) {
    const reason = parseError ?? (error instanceof Error ? error.message : "unknown problem");
    return fail(`The file is not well-formed XML (${reason}). Check that it was saved completely, or export it again.`);
  }
  if (document.doctype) return fail("The file contains a document type declaration (DTD); XLIFF files must not have one.");
  const root = document.documentElement;
  if (!root || root.namespaceURI !== XLIFF_NS || root.localName !== "xliff") {
    return fail(`This is not an XLIFF 2.0 file: its root element must be <xliff> in the namespace ${XLIFF_NS}.`);
  }
  const files = childElements(root, "file");
  const file = files[0];
  if (!file || files.length > 1) return fail(`The file must contain exactly one <file> (one article); it has ${files.length}.`);
  const problems: XliffProblem[] = [];
  const units = Array.from(file.getElementsByTagNameNS(XLIFF_NS, "unit")).map((unit) => readUnit(unit, problems));
  const parsed = ZParsedXliff.safeParse({
    version: root.getAttribute("version") ?? "",
    srcLang: root.getAttribute("srcLang") ?? "",
    trgLang: root.getAttribute("trgLang") ?? "",
    fileId: file.getAttribute("id") ?? "",
    meta: readMeta(file),
    units,
  });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => ({ where: "file", message: issue.message })));
  const seen = new Set<string>();
  for (const { id } of units) {
    if (seen.has(id)) problems.push({ where: id, message: "This unit id appears more than once." });
    seen.add(id);
  }
  return parsed.success && problems.length === 0 ? { ok: true, value: parsed.data } : { ok: false, problems };
}
