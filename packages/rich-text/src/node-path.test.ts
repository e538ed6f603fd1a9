import { AppError, type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { describeNodeAt, nodeAtPath, nodeField, nodePathOf } from "./node-path";
import { parseRichText } from "./parse";

const text = (value: string): RichTextNode => ({ type: "text", text: value });
const paragraph = (value: string): RichTextNode => ({ type: "paragraph", content: [text(value)] });
const image = (src: string): RichTextNode => ({ type: "image", attrs: { src, alt: "Court" } });
const quote = (...content: RichTextNode[]): RichTextNode => ({ type: "blockquote", content });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });

/** The refusal parseRichText throws for a body, or null when it accepts it. */
function refusal(body: RichTextDoc): AppError | null {
  try {
    parseRichText(body);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("node paths in errors", () => {
  it("round-trips between a path and its error field", () => {
    expect(nodeField([4])).toBe("body.content.4");
    expect(nodeField([2, 0, 1])).toBe("body.content.2.content.0.content.1");
    expect(nodePathOf("body.content.2.content.0.content.1")).toEqual([2, 0, 1]);
  });

  it.each(["body", "title", "body.content", "body.content.x", "summary.content.1", "body.content.1.attrs"])("reads no node from the field %s", (field) => {
    expect(nodePathOf(field)).toBeNull();
  });

  it("names a node by its kind, its number among its kind and its block", () => {
    const body = doc(image("https://example.org/a.jpg"), paragraph("One"), quote(paragraph("Two"), image("x")), image("file:///C:/clip.png"));
    expect(describeNodeAt(body, [3])).toBe("Image 3 (block 4 of the text)");
    expect(describeNodeAt(body, [2, 1])).toBe("Image 2 in block 3 of the text");
    expect(describeNodeAt(body, [2, 0])).toBe("Paragraph 2 in block 3 of the text");
    expect(nodeAtPath(body, [2, 1])).toEqual(image("x"));
    expect(nodeAtPath(body, [9])).toBeNull();
  });
});

describe("parseRichText names the node it refuses", () => {
  it.each([
    ["a Word clipboard file", "file:///C:/Users/anna/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"],
    ["an Outlook inline image", "cid:image001.png@01DA2B3C.4D5E6F70"],
    ["a relative address", "x"],
    ["a data URI", "data:image/png;base64,iVBORw0KGgo="],
  ])("refuses an image from %s, whoever sends it, with the image's path in its fields", (_label, src) => {
    const error = refusal(doc(paragraph("Before"), quote(paragraph("Quoted"), image(src))));
    expect(error?.code).toBe("validation");
    expect(error?.message).toBe("Images must have an http(s) address");
    expect(error?.fields).toEqual({ "body.content.1.content.1": "Images must have an http(s) address" });
  });

  it("names a bad link by the text node that carries it", () => {
    const linked: RichTextNode = { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] };
    expect(refusal(doc(paragraph("Intro"), { type: "paragraph", content: [text("See "), linked] }))?.fields).toEqual({
      "body.content.1.content.1": "Links must be http(s) or mailto addresses",
    });
  });

  it("accepts the body once the node is gone", () => {
    expect(refusal(doc(paragraph("Before"), quote(paragraph("Quoted"))))).toBeNull();
  });
});
