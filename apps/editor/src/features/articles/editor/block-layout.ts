import { type Editor, Extension } from "@tiptap/core";
import { type Node } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** How one top-level block is drawn: space above its content (to line it up with the other column) and a note on it. */
export type BlockLook = { spaceAbove?: number; className?: string; title?: string };
/** Looks by top-level block index. */
export type BlockLayout = ReadonlyMap<number, BlockLook>;

type LayoutState = { layout: BlockLayout; decorations: DecorationSet };

const blockLayoutKey = new PluginKey<LayoutState>("blockLayout");

function decorate(doc: Node, layout: BlockLayout): DecorationSet {
  if (layout.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    const look = layout.get(index);
    if (!look) return;
    const attrs: Record<string, string> = {};
    const classes = look.className ? [look.className] : [];
    if (look.spaceAbove) {
      // The space is drawn as a band (see .align-space), so that it does not look like missing text.
      attrs.style = `padding-top: ${look.spaceAbove}px; --align-space: ${look.spaceAbove}px`;
      classes.push("align-space");
    }
    if (classes.length > 0) attrs.class = classes.join(" ");
    if (look.title) attrs.title = look.title;
    decorations.push(Decoration.node(offset, offset + node.nodeSize, attrs));
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether every top-level block keeps its index: each step changed the inside of one block and no block came or went. */
function keepsBlockIndexes(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    const before = tr.docs[i]!;
    const after = tr.docs[i + 1] ?? tr.doc;
    let inside = before.childCount === after.childCount;
    step.getMap().forEach((from, to) => {
      const [$from, $to] = [before.resolve(from), before.resolve(to)];
      if ($from.depth === 0 || $to.depth === 0 || $from.index(0) !== $to.index(0)) inside = false;
    });
    return inside;
  });
}

/**
 * Spacing and classes on top-level blocks, set from outside the editor (the side-by-side translation
 * view lines up source and translation with it). Decorations only: nothing reaches the stored document,
 * and setting a layout is not an edit.
 */
export const BlockLayoutExtension = Extension.create({
  name: "blockLayout",
  addProseMirrorPlugins() {
    return [
      new Plugin<LayoutState>({
        key: blockLayoutKey,
        state: {
          init: () => ({ layout: new Map(), decorations: DecorationSet.empty }),
          apply: (tr, value, _before, state) => {
            const layout = tr.getMeta(blockLayoutKey) as BlockLayout | undefined;
            if (layout) return { layout, decorations: decorate(state.doc, layout) };
            if (!tr.docChanged || value.layout.size === 0) return value;
            // Typing inside a block moves the looks with it; only a new, removed or moved block redraws them by index.
            return { layout: value.layout, decorations: keepsBlockIndexes(tr) ? value.decorations.map(tr.mapping, state.doc) : decorate(state.doc, value.layout) };
          },
        },
        props: { decorations: (state) => blockLayoutKey.getState(state)?.decorations },
      }),
    ];
  },
});

export function setBlockLayout(editor: Editor, layout: BlockLayout): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(blockLayoutKey, layout).setMeta("addToHistory", false));
}

export function blockLayoutOf(editor: Editor): BlockLayout {
  return blockLayoutKey.getState(editor.state)?.layout ?? new Map();
}
