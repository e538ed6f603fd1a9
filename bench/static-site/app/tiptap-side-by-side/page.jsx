"use client";

// Two plain Tiptap editors side by side, as a translator sees a text beside its source: the source read-only on
// the left, the translation on the right, both with Tiptap's Mention node. The benchmark loads the same text in
// both (window.sourceEditor and window.plainEditor), as ours holds a new translation beside its source.
import Mention from "@tiptap/extension-mention";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";
import { BODY_ATTRIBUTES } from "../tiptap/plain-editor";

const extensions = [StarterKit, Mention];

export default function TiptapSideBySide() {
  const source = useEditor({ extensions, editable: false, immediatelyRender: false, editorProps: { attributes: { "aria-label": "Source" } } });
  const editor = useEditor({ extensions, immediatelyRender: false, editorProps: { attributes: BODY_ATTRIBUTES } });
  useEffect(() => {
    if (!source || !editor) return;
    window.sourceEditor = source;
    window.plainEditor = editor;
  }, [source, editor]);
  return (
    <main style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: "2rem" }}>
      <EditorContent editor={source} />
      <EditorContent editor={editor} />
    </main>
  );
}
