import { type Editor, Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** How one top-level block is drawn: space above its content (to line it up with the other column) and a note on it. */
export type BlockLook = { spaceAbove?: number; className?: string; title?: string };
/** Looks by top-level block index. */
export type BlockLayout = ReadonlyMap<number, BlockLook>;

const blockLayoutKey = new PluginKey<BlockLayout>("blockLayout");

/**
 * Spacing and classes on top-level blocks, set from outside the editor (the side-by-side translation
 * view lines up source and translation with it). Decorations only: nothing reaches the stored document,
 * and setting a layout is not an edit.
 */
export const BlockLayoutExtension = Extension.create({
  name: "blockLayout",
  addProseMirrorPlugins() {
    return [
      new Plugin<BlockLayout>({
        key: blockLayoutKey,
        state: {
          init: () => new Map(),
          apply: (tr, layout) => (tr.getMeta(blockLayoutKey) as BlockLayout | undefined) ?? layout,
        },
        props: {
          decorations(state) {
            const layout = blockLayoutKey.getState(state);
            if (!layout?.size) return DecorationSet.empty;
            const decorations: Decoration[] = [];
            state.doc.forEach((node, offset, index) => {
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
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

export function setBlockLayout(editor: Editor, layout: BlockLayout): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(blockLayoutKey, layout).setMeta("addToHistory", false));
}

export function blockLayoutOf(editor: Editor): BlockLayout {
  return blockLayoutKey.getState(editor.state) ?? new Map();
}
