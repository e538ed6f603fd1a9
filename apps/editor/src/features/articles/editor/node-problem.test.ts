import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";
import { richTextExtensions } from "@rightsdesk/rich-text/extensions";
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { IMAGE_NOT_IMPORTED, ImageNotImported, withoutPlaceholders } from "./image-not-imported";
import { nodeProblemOf, problemRange } from "./node-problem";

const schema = getSchema([...richTextExtensions, ImageNotImported]);
const paragraph = (text: string): RichTextNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const image = (src: string): RichTextNode => ({ type: "image", attrs: { src, alt: "Court", title: null, width: null, height: null } });
const placeholder: RichTextNode = { type: IMAGE_NOT_IMPORTED, attrs: { name: "clip_image002.png" } };
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: "doc", content });
const editorDoc = (body: RichTextDoc) => schema.nodeFromJSON(body);
const IMAGE_RULE = { "body.content.2": "Images must have an http(s) address" };

describe("withoutPlaceholders", () => {
  it("takes every placeholder out of the saved body and leaves the rest as it was", () => {
    const body = doc(paragraph("One"), placeholder, paragraph("Two"), { type: "blockquote", content: [paragraph("Quoted"), placeholder] });
    expect(withoutPlaceholders(editorDoc(body)).toJSON()).toEqual(doc(paragraph("One"), paragraph("Two"), { type: "blockquote", content: [paragraph("Quoted")] }));
  });

  it("leaves an empty paragraph where a placeholder was all there was", () => {
    expect(withoutPlaceholders(editorDoc(doc(placeholder))).toJSON()).toEqual(doc({ type: "paragraph" }));
    expect(withoutPlaceholders(editorDoc(doc({ type: "blockquote", content: [placeholder] }))).toJSON()).toEqual(doc({ type: "blockquote", content: [{ type: "paragraph" }] }));
  });
});

describe("nodeProblemOf", () => {
  const sent = doc(paragraph("One"), image("https://example.org/a.jpg"), image("file:///C:/clip.png"));

  it("names the refused node as the writer finds it", () => {
    expect(nodeProblemOf(IMAGE_RULE, sent)?.message).toBe("Image 2 (block 3 of the text): images must have an http(s) address");
  });

  it("names nothing when the error names no node of the body that was sent", () => {
    expect(nodeProblemOf(undefined, sent)).toBeNull();
    expect(nodeProblemOf({ title: "Required" }, sent)).toBeNull();
    expect(nodeProblemOf({ "body.content.7": "Images must have an http(s) address" }, sent)).toBeNull();
  });
});

describe("problemRange", () => {
  const sent = doc(paragraph("One"), image("https://example.org/a.jpg"), image("file:///C:/clip.png"));
  const problem = nodeProblemOf(IMAGE_RULE, sent);
  if (!problem) throw new Error("the sent body has a refused node");

  it("finds the refused node in the editor, not counting the placeholders that were not sent", () => {
    const shown = editorDoc(doc(placeholder, paragraph("One"), image("https://example.org/a.jpg"), placeholder, image("file:///C:/clip.png")));
    const range = problemRange(shown, problem);
    expect(range && shown.slice(range.from, range.to).content.firstChild?.attrs.src).toBe("file:///C:/clip.png");
  });

  it("finds nothing when another node is there now", () => {
    expect(problemRange(editorDoc(doc(paragraph("One"), image("https://example.org/a.jpg"), paragraph("Typed since"))), problem)).toBeNull();
    expect(problemRange(editorDoc(doc(paragraph("One"))), problem)).toBeNull();
  });
});
