// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { CARET_BLOCK_CLASS, OffscreenBlocks, toDocumentEdge } from "./offscreen-blocks";

let editor: Editor;
afterEach(() => editor.destroy());

const TEXT = "<p>The court in Vilnius heard the case.</p><p>A new hearing was set.</p><p>The defence will appeal.</p>";

describe("toDocumentEdge", () => {
  it("puts the caret after the last character of the text", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: TEXT });
    editor.commands.setTextSelection(3);
    editor.commands.command(toDocumentEdge("end", false));
    const { selection, doc } = editor.state;
    expect(selection.empty).toBe(true);
    expect(selection.head).toBe(doc.content.size - 1);
    editor.commands.insertContent(" Soon.");
    expect(editor.state.doc.lastChild?.textContent).toBe("The defence will appeal. Soon.");
  });

  it("with Shift, selects from where the selection started to the end", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: TEXT });
    editor.commands.setTextSelection({ from: 5, to: 9 });
    editor.commands.command(toDocumentEdge("end", true));
    const { selection, doc } = editor.state;
    expect(selection.anchor).toBe(5);
    expect(selection.head).toBe(doc.content.size - 1);
    expect(doc.textBetween(selection.from, selection.to, "\n")).toBe("court in Vilnius heard the case.\nA new hearing was set.\nThe defence will appeal.");
  });

  it("puts the caret before the first character, or selects back to it with Shift", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: TEXT });
    editor.commands.setTextSelection(40);
    editor.commands.command(toDocumentEdge("start", true));
    expect(editor.state.selection.anchor).toBe(40);
    expect(editor.state.selection.head).toBe(1);
    editor.commands.command(toDocumentEdge("start", false));
    expect(editor.state.selection.empty).toBe(true);
    expect(editor.state.selection.head).toBe(1);
  });

  it("ends at the end of the last block when the text ends on a list", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: `${TEXT}<ul><li><p>Vilnius</p></li><li><p>Warsaw</p></li></ul>` });
    editor.commands.setTextSelection(3);
    editor.commands.command(toDocumentEdge("end", false));
    const { $head } = editor.state.selection;
    expect($head.index(0)).toBe(editor.state.doc.childCount - 1);
    expect($head.parentOffset).toBe($head.parent.content.size);
  });
});

/** The indexes of the blocks the page always renders. */
const renderedBlocks = () => [...editor.view.dom.children].flatMap((block, index) => (block.classList.contains(CARET_BLOCK_CLASS) ? [index] : []));

describe("the blocks the selection is in", () => {
  it("are marked to be rendered, and the mark follows the caret, a new block and a selection", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: TEXT });
    editor.commands.setTextSelection(3);
    expect(renderedBlocks()).toEqual([0]);
    // A block made by Enter is marked in the same transaction, before anything is typed into it.
    editor.chain().setTextSelection(editor.state.doc.child(0).nodeSize + 4).splitBlock().run();
    expect(editor.state.doc.childCount).toBe(4);
    expect(renderedBlocks()).toEqual([2]);
    editor.commands.insertContent("hearing ");
    expect(renderedBlocks()).toEqual([2]);
    editor.commands.setTextSelection({ from: 3, to: editor.state.doc.content.size - 2 });
    expect(renderedBlocks()).toEqual([0, 3]);
    editor.commands.command(toDocumentEdge("end", false));
    expect(renderedBlocks()).toEqual([3]);
  });

  it("keeps its mark while typing inside the block, without making it again", () => {
    editor = new Editor({ extensions: [StarterKit, OffscreenBlocks], content: TEXT });
    editor.commands.setTextSelection(3);
    const marked = editor.view.dom.children[0];
    editor.commands.insertContent("x");
    expect(renderedBlocks()).toEqual([0]);
    expect(editor.view.dom.children[0]).toBe(marked);
  });
});
