"use client";

// The baseline of bench/editor.bench.ts: Tiptap 3 with StarterKit and nothing else, as Tiptap's own demos set it up.
// The benchmark loads the text itself through window.plainEditor.
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";

export default function PlainTiptap() {
  const editor = useEditor({
    extensions: [StarterKit],
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Body", role: "textbox", "aria-multiline": "true" } },
  });
  useEffect(() => {
    if (editor) window.plainEditor = editor;
  }, [editor]);
  return (
    <main>
      <h1>Plain Tiptap</h1>
      <EditorContent editor={editor} />
    </main>
  );
}
