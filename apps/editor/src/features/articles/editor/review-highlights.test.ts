// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { reviewHighlightsKey, ReviewHighlights } from "./review-highlights";

let editor: Editor;
afterEach(() => editor.destroy());

const QUOTE = "back to Minsk";

function open(): Editor {
  editor = new Editor({
    extensions: [StarterKit, ReviewHighlights],
    content: "<p>Arrested in Minsk.</p><p>Taken back to Minsk.</p>",
  });
  const from = editor.state.doc.textContent.indexOf(QUOTE);
  // A paragraph's opening and closing tokens take a position each: the second paragraph's text is 3 ahead of textContent.
  editor.view.dispatch(editor.state.tr.setMeta(reviewHighlightsKey, [{ id: "c1", quote: QUOTE, from: from + 3, to: from + 3 + QUOTE.length }]));
  return editor;
}

/** Where the comment is now, and the text its highlight covers ("" when it is not highlighted). */
function marked(): { from: number; to: number; text: string } {
  const state = reviewHighlightsKey.getState(editor.state)!;
  const comment = state.comments[0]!;
  const decoration = state.decorations.find()[0];
  return { from: comment.from, to: comment.to, text: decoration ? editor.state.doc.textBetween(decoration.from, decoration.to) : "" };
}

describe("review highlights while the text is edited", () => {
  it("move with an edit before the quote", () => {
    open();
    const before = marked();
    expect(before.text).toBe(QUOTE);
    editor.commands.insertContentAt(1, "Yesterday: ");
    expect(marked()).toEqual({ from: before.from + 11, to: before.to + 11, text: QUOTE });
  });

  it("find the quote again after typing at its edge, and unmark a quote that was changed", () => {
    open();
    const before = marked();
    editor.commands.insertContentAt(before.to, "sk");
    expect(marked()).toEqual({ ...before, text: QUOTE });
    editor.commands.insertContentAt(before.from + 4, "X");
    expect(marked().text).toBe("");
    editor.commands.deleteRange({ from: before.from + 4, to: before.from + 5 });
    expect(marked()).toEqual({ ...before, text: QUOTE });
  });
});
