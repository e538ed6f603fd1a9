"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";

/** The editable body as the benchmark finds it, by role and name. */
export const BODY_ATTRIBUTES = { "aria-label": "Body", role: "textbox", "aria-multiline": "true" };

/** Tiptap 3 as its own demos set it up: StarterKit, plus whatever `extensions` a page adds. */
export function PlainEditor({ title, extensions = [] }) {
  const editor = useEditor({
    extensions: [StarterKit, ...extensions],
    immediatelyRender: false,
    editorProps: { attributes: BODY_ATTRIBUTES },
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
