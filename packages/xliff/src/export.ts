import { canonicalJson, type Locale } from "@rightsdesk/domain";
import { DOMImplementation, type Document, type Element, XMLSerializer } from "@xmldom/xmldom";
import { codeTypeOf, encodeSegment, type InlineCode, matchCodes, placeholderLabel, type XliffInline } from "./inline-codes";
import { MDA_NS, META, META_CATEGORY, XLIFF_NS, XML_NS } from "./namespaces";
import { alignedTranslation, sourceUnits, type VersionContent } from "./units";

export type ExportInput = {
  articleId: string;
  slug: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  sourceRevision: { number: number; id: string };
  source: VersionContent;
  /** The current translation, if there is one: its aligned segments prefill the targets. */
  translation: VersionContent | null;
};

/** Builds elements with indentation between them, so that a person can read the file too. */
class Writer {
  readonly doc: Document;
  constructor() {
    this.doc = new DOMImplementation().createDocument(XLIFF_NS, "xliff", null);
  }

  child(parent: Element, name: string, attrs: Record<string, string>, depth: number, ns = XLIFF_NS): Element {
    parent.appendChild(this.doc.createTextNode(`\n${"  ".repeat(depth)}`));
    const element = this.doc.createElementNS(ns, name);
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
    parent.appendChild(element);
    return element;
  }

  close(parent: Element, depth: number) {
    parent.appendChild(this.doc.createTextNode(`\n${"  ".repeat(depth)}`));
  }

  inline(parent: Element, content: readonly XliffInline[], codes: ReadonlyMap<string, InlineCode>) {
    for (const item of content) {
      if (item.kind === "text") {
        parent.appendChild(this.doc.createTextNode(item.text));
        continue;
      }
      const code = codes.get(item.id);
      if (!code) throw new Error(`Inline code ${item.id} was not numbered`);
      const { type, subType } = codeTypeOf(code);
      const element = this.doc.createElementNS(XLIFF_NS, item.kind);
      element.setAttribute("id", code.id);
      element.setAttribute(item.kind === "pc" ? "dataRefStart" : "dataRef", code.dataId);
      element.setAttribute("type", type);
      if (subType) element.setAttribute("subType", subType);
      if (code.kind === "atom") element.setAttribute("disp", placeholderLabel(code.node));
      parent.appendChild(element);
      if (item.kind === "pc") this.inline(element, item.content, codes);
    }
  }
}

/**
 * An XLIFF 2.0 file of one article version for a translation agency or a CAT tool: one unit for
 * the title, the summary and each body segment, with marks and inline nodes as inline codes and the
 * source revision it was made from in the metadata, which the import checks.
 */
export function exportXliff(input: ExportInput): string {
  const writer = new Writer();
  const root = writer.doc.documentElement;
  if (!root) throw new Error("The XLIFF document has no root element");
  root.setAttribute("version", "2.0");
  root.setAttribute("srcLang", input.sourceLocale);
  root.setAttribute("trgLang", input.targetLocale);
  const file = writer.child(root, "file", { id: input.articleId, original: `articles/${input.slug}` }, 1);
  file.setAttributeNS(XML_NS, "xml:space", "preserve");

  const metadata = writer.child(file, "mda:metadata", {}, 2, MDA_NS);
  const group = writer.child(metadata, "mda:metaGroup", { category: META_CATEGORY }, 3, MDA_NS);
  const meta = {
    [META.articleId]: input.articleId,
    [META.slug]: input.slug,
    [META.sourceRevision]: String(input.sourceRevision.number),
    [META.sourceRevisionId]: input.sourceRevision.id,
  };
  for (const [type, value] of Object.entries(meta)) writer.child(group, "mda:meta", { type }, 4, MDA_NS).appendChild(writer.doc.createTextNode(value));
  writer.close(group, 3);
  writer.close(metadata, 2);
  const notes = writer.child(file, "notes", {}, 2);
  writer
    .child(notes, "note", { category: "instructions" }, 3)
    .appendChild(
      writer.doc.createTextNode(
        `Article "${input.slug}", made from revision ${input.sourceRevision.number} of the source. Translate each target; keep the inline codes (<pc>, <ph>) and do not change unit ids.`,
      ),
    );
  writer.close(notes, 2);

  const prefill = input.translation ? alignedTranslation(input.source, input.translation) : new Map();
  for (const unit of sourceUnits(input.source)) {
    const { content, codes } = encodeSegment(unit.content);
    const byId = new Map(codes.map((code) => [code.id, code]));
    const element = writer.child(file, "unit", { id: unit.id }, 2);
    if (codes.length) {
      const original = writer.child(element, "originalData", {}, 3);
      for (const code of codes) {
        const data = writer.child(original, "data", { id: code.dataId }, 4);
        data.appendChild(writer.doc.createTextNode(canonicalJson(code.kind === "mark" ? code.mark : code.node)));
      }
      writer.close(original, 3);
    }
    const segment = writer.child(element, "segment", {}, 3);
    writer.inline(writer.child(segment, "source", {}, 4), content, byId);
    const translated = prefill.get(unit.id);
    if (translated) {
      writer.inline(writer.child(segment, "target", {}, 4), matchCodes(translated, codes), byId);
    }
    writer.close(segment, 3);
    writer.close(element, 2);
  }
  writer.close(file, 1);
  writer.close(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(writer.doc)}\n`;
}
