import { locateQuote, type TextSegment } from "@rightsdesk/domain";
import { Extension } from "@tiptap/core";
import { type Node } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** An unresolved comment as the editor marks it: where its quote is now. */
export type HighlightedComment = { id: string; quote: string; from: number; to: number };
type HighlightState = { comments: HighlightedComment[]; decorations: DecorationSet };

/** Set the comments to mark with `tr.setMeta(reviewHighlightsKey, comments)`; read where they are now with getState. */
export const reviewHighlightsKey = new PluginKey<HighlightState>("reviewHighlights");

function segmentsOf(doc: Node): TextSegment[] {
  const segments: TextSegment[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) segments.push({ text: node.text ?? "", pos });
  });
  return segments;
}

/** Finds each quote again near where it was, so marks follow the text through edits; a vanished quote keeps its place, unmarked. */
function place(doc: Node, comments: HighlightedComment[]): HighlightState {
  const segments = segmentsOf(doc);
  const placed: HighlightedComment[] = [];
  const decorations: Decoration[] = [];
  for (const comment of comments) {
    const anchor = locateQuote(segments, comment.quote, comment);
    placed.push(anchor ? { ...comment, ...anchor } : comment);
    if (anchor) decorations.push(Decoration.inline(anchor.from, anchor.to, { class: "review-highlight", "data-comment-id": comment.id }));
  }
  return { comments: placed, decorations: DecorationSet.create(doc, decorations) };
}

/**
 * Marks the text that review comments are about. Decorations only: the marks are drawn by the editor and
 * never become part of the stored document, so comments stay internal.
 */
export const ReviewHighlights = Extension.create({
  name: "reviewHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: reviewHighlightsKey,
        state: {
          init: () => ({ comments: [], decorations: DecorationSet.empty }),
          apply(tr, value, _before, state) {
            const incoming = tr.getMeta(reviewHighlightsKey) as HighlightedComment[] | undefined;
            if (incoming) return place(state.doc, incoming);
            // Typing with nothing marked costs nothing.
            if (!tr.docChanged || value.comments.length === 0) return value;
            const mapped = value.comments.map((comment) => ({ ...comment, from: tr.mapping.map(comment.from), to: tr.mapping.map(comment.to) }));
            return place(state.doc, mapped);
          },
        },
        props: { decorations: (state) => reviewHighlightsKey.getState(state)?.decorations },
      }),
    ];
  },
});
