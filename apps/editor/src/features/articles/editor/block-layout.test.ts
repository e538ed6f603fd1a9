// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { type DecorationSet } from "@tiptap/pm/view";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { BlockLayoutExtension, setBlockLayout } from "./block-layout";

let editor: Editor;
afterEach(() => editor.destroy());

/** The indexes of the top-level blocks that carry a look. */
function decoratedBlocks(): number[] {
  const set = editor.view.someProp("decorations", (f) => f.call(editor.view, editor.state)) as DecorationSet;
  const starts = set.find().map((decoration) => decoration.from);
  const indexes: number[] = [];
  editor.state.doc.forEach((_node, offset, index) => starts.includes(offset) && indexes.push(index));
  return indexes;
}

describe("block layout while the text is edited", () => {
  it("keeps each look on the block of its index, through typing and through new blocks", () => {
    editor = new Editor({ extensions: [StarterKit, BlockLayoutExtension], content: "<p>one</p><p>two</p><p>three</p><p>four</p>" });
    setBlockLayout(editor, new Map([[2, { spaceAbove: 12 }], [3, { className: "source-changed" }]]));
    expect(decoratedBlocks()).toEqual([2, 3]);
    editor.commands.insertContentAt(2, "ne more o");
    expect(decoratedBlocks()).toEqual([2, 3]);
    editor.chain().setTextSelection(3).splitBlock().run();
    expect(editor.state.doc.childCount).toBe(5);
    expect(decoratedBlocks()).toEqual([2, 3]);
  });
});
