import { locateQuote, type TextSegment } from "@rightsdesk/domain";
import { Extension } from "@tiptap/core";
import { type Node } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** An unresolved comment as the editor marks it: where its quote is now. */
export type HighlightedComment = { id: string; quote: string; from: number; to: number };
/** `marked`: the quote was found there, and is highlighted. */
type PlacedComment = HighlightedComment & { marked: boolean };
type HighlightState = { comments: PlacedComment[]; decorations: DecorationSet };

/** Set the comments to mark with `tr.setMeta(reviewHighlightsKey, comments)`; read where they are now with getState. */
export const reviewHighlightsKey = new PluginKey<HighlightState>("reviewHighlights");

function segmentsOf(doc: Node): TextSegment[] {
  const segments: TextSegment[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) segments.push({ text: node.text ?? "", pos });
  });
  return segments;
}

/** The text between two positions read as segmentsOf reads it: text nodes only, nothing between blocks. */
const textAt = (doc: Node, from: number, to: number) => doc.textBetween(from, to, "", () => "");

const highlight = (comment: HighlightedComment) =>
  Decoration.inline(comment.from, comment.to, { class: "review-highlight", "data-comment-id": comment.id }, { commentId: comment.id });

/** Finds the quote again nearest where it was; a vanished quote keeps its place, unmarked. */
function locate(segments: TextSegment[], comment: HighlightedComment): PlacedComment {
  const anchor = locateQuote(segments, comment.quote, comment);
  return anchor ? { ...comment, ...anchor, marked: true } : { ...comment, marked: false };
}

function place(doc: Node, comments: HighlightedComment[]): HighlightState {
  const segments = segmentsOf(doc);
  const placed = comments.map((comment) => locate(segments, comment));
  return { comments: placed, decorations: DecorationSet.create(doc, placed.filter((comment) => comment.marked).map(highlight)) };
}

/**
 * Moves the marks with an edit. A quote still found where the edit moved it (the edit was elsewhere: nearly
 * every keystroke) keeps its mark as mapped; only a quote the edit changed is looked for again in the text.
 */
function follow(value: HighlightState, tr: Transaction, doc: Node): HighlightState {
  let segments: TextSegment[] | undefined;
  let decorations = value.decorations.map(tr.mapping, doc);
  const comments = value.comments.map((comment) => {
    const moved = { ...comment, from: tr.mapping.map(comment.from), to: tr.mapping.map(comment.to) };
    if (moved.marked && textAt(doc, moved.from, moved.to) === moved.quote) return moved;
    segments ??= segmentsOf(doc);
    const placed = locate(segments, moved);
    decorations = decorations.remove(decorations.find(undefined, undefined, (spec) => spec.commentId === comment.id));
    if (placed.marked) decorations = decorations.add(doc, [highlight(placed)]);
    return placed;
  });
  return { comments, decorations };
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
            return follow(value, tr, state.doc);
          },
        },
        props: { decorations: (state) => reviewHighlightsKey.getState(state)?.decorations },
      }),
    ];
  },
});
