import { type RichTextDoc } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { articleHtml } from "./article-html";

const doc = (...content: RichTextDoc["content"]): RichTextDoc => ({ type: "doc", content });

describe("articleHtml", () => {
  it("renders the document's nodes and marks", () => {
    const html = articleHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Refugee status" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Granted in " },
            { type: "text", text: "Poland", marks: [{ type: "bold" }] },
            { type: "text", text: " (report)", marks: [{ type: "link", attrs: { href: "https://example.org/report" } }] },
          ],
        },
      ),
    );
    expect(html).toContain("<h2>Refugee status</h2>");
    expect(html).toContain("<strong>Poland</strong>");
    expect(html).toMatch(/<a [^>]*href="https:\/\/example\.org\/report"[^>]*> \(report\)<\/a>/);
  });

  it("escapes text, so stored text cannot become markup", () => {
    const html = articleHtml(doc({ type: "paragraph", content: [{ type: "text", text: '<script>alert("x")</script> & co' }] }));
    expect(html).toBe("<p>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; co</p>");
  });

  it.each([
    ["an image with a javascript: address", doc({ type: "image", attrs: { src: "javascript:alert(1)" } })],
    [
      "a link with a javascript: address",
      doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }),
    ],
    ["a node the editor does not have", doc({ type: "iframe", attrs: { src: "https://example.org" } })],
  ])("refuses %s instead of rendering it", (_label, body) => {
    expect(() => articleHtml(body)).toThrow();
  });
});
