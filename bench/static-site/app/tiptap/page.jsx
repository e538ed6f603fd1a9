"use client";

// The baseline of bench/editor.bench.ts: Tiptap 3 with StarterKit and nothing else, as Tiptap's own demos set it up.
// The benchmark loads the text itself through window.plainEditor.
import { PlainEditor } from "./plain-editor";

export default function PlainTiptap() {
  return <PlainEditor title="Plain Tiptap" />;
}
