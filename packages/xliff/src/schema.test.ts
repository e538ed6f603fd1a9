import { type RichTextMark, type RichTextNode } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { exportXliff } from "./index";
import { exportInput, russian, source } from "./testing/sample-article";
import { schemaErrors } from "./testing/schema";

const text = (value: string, ...marks: RichTextMark[]): RichTextNode => ({ type: "text", text: value, ...(marks.length ? { marks } : {}) });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: "paragraph", content });

/** Every kind of block and inline code the export writes: each mark's code type, placeholders, alt text. */
const everything = {
  ...source,
  summary: "",
  body: {
    type: "doc" as const,
    content: [
      p(text("bold", { type: "bold" }), text(" italic", { type: "italic" }), text(" underline", { type: "underline" }), text(" struck", { type: "strike" })),
      p(text("code", { type: "code" }), text(" nested", { type: "bold" }, { type: "italic" }), { type: "hardBreak" }, text("after a break")),
      p(text("a link", { type: "link", attrs: { href: "https://example.org" } }), text(" and "), { type: "mention", attrs: { id: "case-1", kind: "case", label: "Case <1> & \"2\"" } }),
      { type: "heading", attrs: { level: 3 }, content: [text("Heading")] },
      { type: "blockquote", content: [p(text("Quoted"))] },
      { type: "orderedList", content: [{ type: "listItem", content: [p(text("One")), { type: "bulletList", content: [{ type: "listItem", content: [p(text("Nested"))] }] }] }] },
      { type: "codeBlock", content: [text("line 1\n  line 2")] },
      { type: "image", attrs: { src: "https://example.org/a.jpg", alt: "Alt text", title: null } },
    ],
  },
};

// The worker that runs libxml2 starts for each file: slow on a busy machine.
describe("every export is valid against the OASIS XLIFF 2.0 core schema and the Metadata module's", { timeout: 30_000 }, () => {
  it.each([
    ["a version with no translation yet", exportInput(null)],
    ["a version with targets prefilled from its translation", exportInput(russian)],
    ["every kind of block and inline code", { ...exportInput(null), source: everything }],
  ])("%s", async (_name, input) => {
    expect(await schemaErrors(exportXliff(input))).toEqual([]);
  });

  it("finds what the schemas do not allow, so that a pass means something", async () => {
    const invalid = exportXliff(exportInput(russian)).replace('type="link"', 'type="hyperlink"').replace('<mda:meta type="slug">', '<mda:meta kind="slug">');
    const errors = await schemaErrors(invalid);
    expect(errors).toEqual([
      expect.stringContaining("The attribute 'kind' is not allowed"),
      expect.stringContaining("The attribute 'type' is required but missing"),
      expect.stringContaining("The value 'hyperlink' is not an element of the set"),
    ]);
  });
});
