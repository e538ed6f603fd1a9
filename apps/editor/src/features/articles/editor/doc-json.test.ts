import { wordCount, type RichTextDoc } from "@rightsdesk/domain";
import { richTextExtensions } from "@rightsdesk/rich-text/extensions";
import { getSchema } from "@tiptap/core";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { docJson, docWordCount } from "./doc-json";

const schema = getSchema(richTextExtensions);
const body: RichTextDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Detained in Minsk" }] },
    {
      type: "paragraph",
      content: [
        { type: "mention", attrs: { id: "p1", kind: "person", label: "Ales Bialiatski" } },
        { type: "text", text: " was " },
        { type: "text", text: "sentenced", marks: [{ type: "bold" }] },
        { type: "text", text: " to ten years." },
      ],
    },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one item" }] }] }] },
    { type: "paragraph", content: [{ type: "text", text: "line" }, { type: "hardBreak" }, { type: "text", text: "break" }] },
  ],
};

describe("the document's JSON and word count, block by block", () => {
  it("match serialising and counting the whole document, before and after edits", () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON(body) });
    const check = () => {
      expect(docJson(state.doc)).toBe(JSON.stringify(state.doc.toJSON()));
      expect(docWordCount(state.doc)).toBe(wordCount(state.doc.toJSON() as RichTextDoc));
    };
    check();
    state = state.apply(state.tr.insertText(" and fined", state.doc.content.size - 2));
    check();
    state = state.apply(state.tr.insertText("Yesterday ", 1));
    check();
    state = state.apply(state.tr.delete(1, state.doc.child(0).nodeSize + 3));
    check();
  });
});
