import { type CommandProps, Extension, isMacOS } from "@tiptap/core";
import { type Node, type ResolvedPos } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, Selection, TextSelection } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** The class of the top-level blocks the selection starts and ends in: always rendered (see `.tiptap` in globals.css). */
export const CARET_BLOCK_CLASS = "caret-block";

const caretBlockKey = new PluginKey<DecorationSet>("caretBlock");

/** Where the top-level block holding `$pos` starts; at the top level, the block after it (or the last). */
function blockStart(doc: Node, $pos: ResolvedPos): number | null {
  if ($pos.depth > 0) return $pos.before(1);
  if (doc.childCount === 0) return null;
  const index = $pos.index(0);
  return index < doc.childCount ? $pos.pos : $pos.pos - doc.child(index - 1).nodeSize;
}

function caretBlockStarts(state: EditorState): number[] {
  const { doc, selection } = state;
  const starts = [blockStart(doc, selection.$anchor), blockStart(doc, selection.$head)].filter((start) => start !== null);
  return [...new Set(starts)].sort((a, b) => a - b);
}

function decorate(doc: Node, starts: number[]): DecorationSet {
  return DecorationSet.create(
    doc,
    starts.map((start) => Decoration.node(start, start + doc.nodeAt(start)!.nodeSize, { class: CARET_BLOCK_CLASS })),
  );
}

const startsOf = (decorations: DecorationSet) => decorations.find().map((decoration) => decoration.from);

/**
 * Moves the caret to the end of the text, or extends the selection there, as the document-end key does. Done here,
 * not by the browser: Chromium, looking for the end, stops at the start of the last block when that block is not
 * rendered.
 */
export function toDocumentEnd(extend: boolean) {
  return ({ state, tr, dispatch }: CommandProps): boolean => {
    const end = Selection.atEnd(state.doc);
    const selection = extend ? TextSelection.between(state.selection.$anchor, end.$head) : end;
    dispatch?.(tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

/**
 * Lets the browser leave the blocks far from the screen unrendered (`content-visibility: auto`) without harm to
 * editing. Chromium's editing passes over an unrendered block's content: text typed into a block it has not rendered
 * yet (one just made by Enter, typed into in the same frame) lands elsewhere, and Ctrl+End stops short. So the
 * blocks the selection is in are marked to be rendered in the same transaction that puts the selection there, and
 * the document-end keys (Ctrl+End, ⌘↓ on a Mac; with Shift, selecting) are handled by the editor.
 */
export const OffscreenBlocks = Extension.create({
  name: "offscreenBlocks",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => decorate(state.doc, caretBlockStarts(state)),
          apply: (tr, value, _before, state) => {
            if (!tr.docChanged && !tr.selectionSet) return value;
            const starts = caretBlockStarts(state);
            // Typing inside the block keeps its mark, moved with the text.
            const mapped = tr.docChanged ? value.map(tr.mapping, state.doc) : value;
            const kept = startsOf(mapped);
            return kept.length === starts.length && kept.every((start, i) => start === starts[i]) ? mapped : decorate(state.doc, starts);
          },
        },
        props: { decorations: (state) => caretBlockKey.getState(state) },
      }),
    ];
  },
  addKeyboardShortcuts() {
    const toEnd = (extend: boolean) => () => this.editor.commands.command(toDocumentEnd(extend));
    const key = isMacOS() ? "Mod-ArrowDown" : "Mod-End";
    return { [key]: toEnd(false), [`Shift-${key}`]: toEnd(true) };
  },
});
