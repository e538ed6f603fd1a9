"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";

/** Tiptap 3 as its own demos set it up: StarterKit, plus whatever `extensions` a page adds. */
export function PlainEditor({ title, extensions = [] }) {
  const editor = useEditor({
    extensions: [StarterKit, ...extensions],
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Body", role: "textbox", "aria-multiline": "true" } },
  });
  useEffect(() => {
    if (editor) window.plainEditor = editor;
  }, [editor]);
  return (
    <main>
      <h1>{title}</h1>
      <EditorContent editor={editor} />
    </main>
  );
}
