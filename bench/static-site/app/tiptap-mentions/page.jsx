"use client";

// Plain Tiptap with Tiptap's own Mention node: the same document as ours, mentions and all, so that the benchmark
// can tell what the mentions cost any Tiptap editor from what the rest of ours costs.
import Mention from "@tiptap/extension-mention";
import { PlainEditor } from "../tiptap/plain-editor";

const extensions = [Mention];

export default function TiptapWithMentions() {
  return <PlainEditor title="Plain Tiptap with mentions" extensions={extensions} />;
}
