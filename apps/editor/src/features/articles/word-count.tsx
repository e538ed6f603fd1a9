"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import { docWordCount } from "~/features/articles/editor/doc-json";
import { describeLength } from "~/features/articles/editor/reading-time";

/** The body's length as the writer types, counted the way the domain counts it. */
export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor: e }) => docWordCount(e.state.doc) });
  return (
    // Not a live region: announcing every keystroke's count would drown out the writing.
    <p className="save-state word-count">
      {describeLength(words)}
    </p>
  );
}
