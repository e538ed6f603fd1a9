import { AppError, type RichTextDoc, type RichTextMark } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { parseRichText } from "./parse";
import { renderRichText } from "./render";

const doc = (...content: RichTextDoc["content"]): RichTextDoc => ({ type: "doc", content });
const paragraph = (text: string, marks?: RichTextMark[]) => ({
  type: "paragraph",
  content: [{ type: "text", text, marks }],
});

describe("parseRichText", () => {
  it("accepts a document of the editor's schema", () => {
    const body = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Arrest in France" }] },
      paragraph("Ablyazov was detained", [{ type: "bold" }]),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph("Poland")] }] },
      { type: "blockquote", content: [paragraph("A statement")] },
      { type: "image", attrs: { src: "https://example.org/a.jpg", alt: "Court" } },
    );
    expect(parseRichText(body)).toEqual(body);
  });

  it.each([
    ["not a document", { type: "paragraph" }],
    ["unknown node type", doc({ type: "iframe" })],
    ["text directly in the document", doc({ type: "text", text: "loose" })],
    ["a mark where the schema forbids marks", doc({ type: "codeBlock", content: [{ type: "text", text: "x", marks: [{ type: "bold" }] }] })],
    ["a javascript: link", doc(paragraph("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))],
    ["a data: image", doc({ type: "image", attrs: { src: "data:image/png;base64,AAAA" } })],
    ["a link with rel=opener", doc(paragraph("x", [{ type: "link", attrs: { href: "https://a.org", rel: "opener" } }]))],
    ["a link with a target", doc(paragraph("x", [{ type: "link", attrs: { href: "https://a.org", target: "_top" } }]))],
    ["a link with a class", doc(paragraph("x", [{ type: "link", attrs: { href: "https://a.org", class: "admin-button" } }]))],
    ["a heading level that is not a number", doc({ type: "heading", attrs: { level: "2 onmouseover=alert(1)" }, content: [{ type: "text", text: "x" }] })],
    ["a heading level out of range", doc({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] })],
    ["an attribute the schema does not know", doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x" }] })],
    ["a mark attribute the schema does not know", doc(paragraph("x", [{ type: "bold", attrs: { style: "color:red" } }]))],
  ])("refuses %s with a validation error", (_label, body) => {
    expect(() => parseRichText(body)).toThrow(AppError);
  });
});

describe("renderRichText", () => {
  it("renders semantic HTML", () => {
    const html = renderRichText(doc(paragraph("free", [{ type: "italic" }])));
    expect(html).toBe("<p><em>free</em></p>");
  });

  it("escapes text and attributes, so stored content cannot inject markup", () => {
    const html = renderRichText(
      doc(
        paragraph('<script>alert("x")</script>'),
        { type: "image", attrs: { src: 'https://example.org/a.jpg" onerror="alert(1)', alt: "<b>" } },
      ),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain(`" onerror="`);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops an image address that is not allowed, even if one was stored", () => {
    const html = renderRichText(doc({ type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } }));
    expect(html).not.toContain("javascript:");
    expect(html).toContain('alt="x"');
  });

  it("accepts a link as the editor stores it, and renders our rel whatever was stored", () => {
    const asEditorStores = doc(paragraph("x", [{ type: "link", attrs: { href: "https://a.org", rel: "noopener noreferrer nofollow", target: null, class: null, title: null } }]));
    expect(parseRichText(asEditorStores)).toEqual(asEditorStores);
    // A document stored before links were checked keeps rendering safely.
    const html = renderRichText(doc(paragraph("x", [{ type: "link", attrs: { href: "https://a.org", rel: "opener", target: "_top", class: "c" } }])));
    expect(html).toBe('<p><a rel="noopener noreferrer nofollow" href="https://a.org">x</a></p>');
  });

  it("drops a link whose address is not allowed, even if one was stored", () => {
    const html = renderRichText(doc(paragraph("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])));
    expect(html).not.toContain("javascript:");
  });
});
