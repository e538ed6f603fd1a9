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
 * Moves the caret to the start or the end of the text, or extends the selection there, as the document-start and
 * -end keys do. Done here, not by the browser: Chromium, looking for the end, stops at the start of the last block
 * when that block is not rendered, and scrolls to where an unrendered block is guessed to be.
 */
export function toDocumentEdge(edge: "start" | "end", extend: boolean) {
  return ({ state, tr, dispatch }: CommandProps): boolean => {
    const target = edge === "start" ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
    const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
    dispatch?.(tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

/** How much of the window a page key scrolls, as Chromium's own paging does (87.5 %). */
const PAGE_FRACTION = 0.875;

/**
 * Scrolls the window a page up or down and puts the caret where it shows on the screen after the scroll, or, with
 * `extend`, moves the selection's head there; at the top or bottom of the page, to the start or end of the text.
 * Done here, not by the browser: Chromium places the caret by hit-testing the scrolled-to point, and where the
 * block there is not rendered yet, the caret, and what is typed next, land elsewhere.
 */
export function pageMove(direction: 1 | -1, extend: boolean) {
  return (props: CommandProps): boolean => {
    const { view, state, tr, dispatch } = props;
    // Asked only whether it could run: it could, and it must not scroll.
    if (!dispatch) return true;
    const caret = view.coordsAtPos(state.selection.head);
    const scrolledFrom = window.scrollY;
    window.scrollBy({ top: direction * window.innerHeight * PAGE_FRACTION, behavior: "instant" });
    const top = Math.min(Math.max(caret.top, 0), window.innerHeight - 1);
    // Where the caret was on the screen, or, if that is now above or beside the text (under the toolbar), the middle.
    const found =
      window.scrollY === scrolledFrom ? null : (view.posAtCoords({ left: caret.left, top }) ?? view.posAtCoords({ left: caret.left, top: window.innerHeight / 2 }));
    if (!found) return toDocumentEdge(direction === 1 ? "end" : "start", extend)(props);
    const $head = state.doc.resolve(found.pos);
    const selection = extend ? TextSelection.between(state.selection.$anchor, $head) : TextSelection.between($head, $head);
    dispatch(tr.setSelection(selection));
    return true;
  };
}

/**
 * Lets the browser leave the blocks far from the screen unrendered (`content-visibility: auto`) without harm to
 * editing. Chromium's editing passes over an unrendered block's content: text typed into a block it has not rendered
 * yet (one just made by Enter, typed into in the same frame) lands elsewhere, and Ctrl+End stops short. So the
 * blocks the selection is in are marked to be rendered in the same transaction that puts the selection there, and
 * the keys that move the caret far (Ctrl+Home and Ctrl+End, ⌘↑ and ⌘↓ on a Mac, Page Up and Page Down; with Shift,
 * selecting) are handled by the editor.
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
    const to = (edge: "start" | "end", extend: boolean) => () => this.editor.commands.command(toDocumentEdge(edge, extend));
    const [start, end] = isMacOS() ? ["Mod-ArrowUp", "Mod-ArrowDown"] : ["Mod-Home", "Mod-End"];
    const page = (direction: 1 | -1, extend: boolean) => () => this.editor.commands.command(pageMove(direction, extend));
    return {
      [start]: to("start", false),
      [`Shift-${start}`]: to("start", true),
      [end]: to("end", false),
      [`Shift-${end}`]: to("end", true),
      PageDown: page(1, false),
      "Shift-PageDown": page(1, true),
      PageUp: page(-1, false),
      "Shift-PageUp": page(-1, true),
    };
  },
});
