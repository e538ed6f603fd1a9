// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRichText } from "@rightsdesk/rich-text";
import { richTextExtensions } from "@rightsdesk/rich-text/extensions";
import { getSchema } from "@tiptap/core";
import { DOMParser as ProseMirrorParser, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { IMAGE_NOT_IMPORTED, ImageNotImported, withoutPlaceholders } from "./image-not-imported";
import { cleanPastedHtml } from "./paste-cleanup";

// Clipboard HTML as Word for Windows and Google Docs (Chrome) put it there, pictures and bold runs included.
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "clipboard", name), "utf8");
// The stored schema plus the editor's placeholder: the nodes the editor's schema has.
const schema = getSchema([...richTextExtensions, ImageNotImported]);

/** The document the editor makes of a paste: the clean-up, then the editor's schema. */
function paste(html: string): ProseMirrorNode {
  const container = document.createElement("div");
  container.innerHTML = cleanPastedHtml(html);
  return ProseMirrorParser.fromSchema(schema).parse(container);
}

const texts = (doc: ProseMirrorNode, bold: boolean) => {
  const found: string[] = [];
  doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === "bold") === bold) found.push(node.text?.replace(/\s+/g, " ") ?? "");
  });
  return found;
};

const nodesOf = (doc: ProseMirrorNode, type: string) => {
  const found: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (node.type.name === type) found.push(node);
  });
  return found;
};

describe("a Word clipboard", () => {
  const html = cleanPastedHtml(fixture("word.html"));
  const doc = paste(fixture("word.html"));

  it("keeps Word's bold, whether <b style='mso-bidi-font-weight:normal'> or a span styled bold", () => {
    expect(texts(doc, true)).toEqual(["Mukhtar Ablyazov", "a victory for the right to asylum"]);
    expect(texts(doc, false)).toContain(" will not be sent to Russia, the court ruled on Friday.");
  });

  it("turns each picture into one placeholder named by its alt text or file, and keeps no local address", () => {
    expect(doc.content.content.map((node) => node.type.name)).toEqual(["heading", "paragraph", IMAGE_NOT_IMPORTED, "paragraph", IMAGE_NOT_IMPORTED, "paragraph"]);
    expect(nodesOf(doc, IMAGE_NOT_IMPORTED).map((node) => node.attrs.name)).toEqual(["Protesters outside the court in Aix-en-Provence", "clip_image003.jpg"]);
    expect(nodesOf(doc, "image")).toEqual([]);
    expect(html).not.toMatch(/file:|clip_image001|imagedata/);
  });

  it("gives a body the server accepts, without the placeholders", () => {
    const saved = withoutPlaceholders(doc).toJSON();
    expect(parseRichText(saved)).toEqual(saved);
    expect(JSON.stringify(saved)).not.toContain(IMAGE_NOT_IMPORTED);
    expect(texts(withoutPlaceholders(doc), false)).toContain("The prosecutor has ten days to appeal.");
  });
});

describe("a Google Docs clipboard", () => {
  const html = cleanPastedHtml(fixture("google-docs.html"));
  const doc = paste(fixture("google-docs.html"));

  it("drops the invisible bold wrapper, so only what was bold in the document is bold", () => {
    expect(html).not.toContain("docs-internal-guid");
    expect(texts(doc, true)).toEqual(["Kuanysh Nurgaziyev"]);
    expect(texts(doc, false)).toEqual(["Vilnius hearing postponed", "The court in Vilnius postponed the hearing of ", " until March.", "Reported by our correspondent."]);
  });

  it("does not keep the picture's address inside the Google document: a placeholder takes its place", () => {
    expect(html).not.toContain("googleusercontent");
    expect(nodesOf(doc, IMAGE_NOT_IMPORTED)).toHaveLength(1);
    const saved = withoutPlaceholders(doc).toJSON();
    expect(parseRichText(saved)).toEqual(saved);
  });
});
