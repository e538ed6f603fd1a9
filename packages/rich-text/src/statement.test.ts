import { AppError, type JsonValue, type RichTextDoc } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { parseRichText } from "./parse";
import { renderRichText } from "./render";
import { type StatementAttrs } from "./statement";

const attrs: StatementAttrs = {
  organisation: "Open Dialogue Foundation",
  organisationId: null,
  date: "2023-05-11",
  sourceUrl: "https://en.odfoundation.eu/a/statement",
};
const statement = (overrides: Partial<Record<keyof StatementAttrs, JsonValue>> = {}, text = "We call for his release.") => ({
  type: "statement",
  attrs: { ...attrs, ...overrides },
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
const doc = (...content: RichTextDoc["content"]): RichTextDoc => ({ type: "doc", content });

describe("statement block: validation", () => {
  it("accepts a statement with an organisation, a date, an http(s) source and paragraphs", () => {
    const body = doc(statement(), statement({ date: "", organisationId: "org_123", sourceUrl: "http://example.org/" }));
    expect(parseRichText(body)).toEqual(body);
  });

  it.each([
    ["a javascript: source", { sourceUrl: "javascript:alert(1)" }, "http:// or https://"],
    ["a mailto: source", { sourceUrl: "mailto:press@example.org" }, "http:// or https://"],
    ["no source", { sourceUrl: "" }, "http:// or https://"],
    ["a day that does not exist", { date: "2023-02-30" }, "real day"],
    ["a date in another format", { date: "11.05.2023" }, "real day"],
    ["no organisation", { organisation: "  " }, "Name the organisation"],
  ])("refuses %s, saying what is wrong", (_label, overrides, message) => {
    expect(() => parseRichText(doc(statement(overrides)))).toThrow(AppError);
    expect(() => parseRichText(doc(statement(overrides)))).toThrow(message);
  });

  it("refuses a statement without quoted text or with something other than paragraphs in it", () => {
    expect(() => parseRichText(doc({ type: "statement", attrs }))).toThrow(AppError);
    expect(() =>
      parseRichText(doc({ type: "statement", attrs, content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "x" }] }] })),
    ).toThrow(AppError);
  });
});

describe("statement block: plain rendering", () => {
  it("renders a figure with a blockquote citing the source and a caption naming the organisation", () => {
    const html = renderRichText(doc(statement()));
    expect(html).toContain('<blockquote cite="https://en.odfoundation.eu/a/statement"><p>We call for his release.</p></blockquote>');
    expect(html).toContain("<cite>Open Dialogue Foundation</cite>");
    expect(html).toContain('<time datetime="2023-05-11">2023-05-11</time>');
  });

  it("escapes the organisation and leaves out a stored source address that is not http(s)", () => {
    const html = renderRichText(doc(statement({ organisation: "<script>x</script>", sourceUrl: "javascript:alert(1)" })));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
  });
});
