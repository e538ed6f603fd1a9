import { canonicalJson, type SourceAlignment } from "@rightsdesk/domain";
import { type Editor } from "@tiptap/core";
import { type BlockLayout, type BlockLook, blockLayoutOf, setBlockLayout } from "~/features/articles/editor/block-layout";
import { lineUp } from "./line-up";

/**
 * Where each top-level block's content would start on the page with no alignment space: space added
 * above a block moves every block after it, so what was added above earlier blocks is taken off.
 */
function naturalTops(editor: Editor): number[] {
  const added = blockLayoutOf(editor);
  const tops: number[] = [];
  let shift = 0;
  editor.state.doc.forEach((node, offset, index) => {
    const dom = editor.view.nodeDOM(offset);
    tops[index] = dom instanceof HTMLElement ? dom.getBoundingClientRect().top + window.scrollY - shift : Number.NaN;
    shift += added.get(index)?.spaceAbove ?? 0;
  });
  return tops;
}

/** What a highlighted source block (changed, missing from the translation, or both) tells the translator, as its tooltip. */
function noteOn(changed: boolean, missing: boolean): BlockLook {
  if (!changed) return { className: "source-missing", title: "Not in the translation" };
  return { className: "source-changed", title: missing ? "Added to the source since this translation was made" : "Changed in the source since this translation was made" };
}

function withSpace(looks: Map<number, BlockLook>, spacing: ReadonlyMap<number, number>): BlockLayout {
  for (const [index, space] of spacing) looks.set(index, { ...looks.get(index), spaceAbove: space });
  return looks;
}

const sameLayout = (a: BlockLayout, b: BlockLayout) => canonicalJson([...a]) === canonicalJson([...b]);

function update(editor: Editor, layout: BlockLayout) {
  if (!sameLayout(blockLayoutOf(editor), layout)) setBlockLayout(editor, layout);
}

/**
 * Marks the source's changed and missing blocks and, while the two columns stand side by side, adds
 * space so that each source block starts level with its translation. Stacked on a narrow screen,
 * the columns get no space: one follows the other.
 */
export function layOutSideBySide(source: Editor, translation: Editor, alignment: SourceAlignment): void {
  const changed = new Set(alignment.changed);
  const missing = new Set(alignment.missing);
  const notes = new Map<number, BlockLook>();
  for (const index of new Set([...changed, ...missing])) notes.set(index, noteOn(changed.has(index), missing.has(index)));
  const besideEachOther = source.view.dom.getBoundingClientRect().right <= translation.view.dom.getBoundingClientRect().left;
  const spacing = besideEachOther ? lineUp(alignment.pairs, naturalTops(source), naturalTops(translation)) : { source: new Map(), translation: new Map() };
  update(source, withSpace(notes, spacing.source));
  update(translation, withSpace(new Map(), spacing.translation));
}
