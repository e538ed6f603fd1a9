"use client";

import { type Editor } from "@tiptap/react";
import { docWordCount } from "~/features/articles/editor/doc-json";
import { describeLength } from "~/features/articles/editor/reading-time";
import { useIdleEditorState } from "~/features/articles/editor/use-idle-editor-state";

const countWords = (editor: Editor) => docWordCount(editor.state.doc);

/** The body's length as the writer types, counted the way the domain counts it. */
export function WordCount({ editor }: { editor: Editor }) {
  // Counted when the browser is idle: a count half a second behind the typing is not noticed, a slower key is.
  const words = useIdleEditorState(editor, countWords, 500);
  return (
    // Not a live region: announcing every keystroke's count would drown out the writing.
    <p className="save-state word-count">
      {describeLength(words)}
    </p>
  );
}
