"use client";

import { type Editor } from "@tiptap/react";
import { hasAllowedProtocol } from "@rightsdesk/rich-text/extensions";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { InsertMediaButton } from "~/features/media/insert-media-dialog";
import { useIdleEditorState } from "./editor/use-idle-editor-state";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { StatementDialog } from "./statement-dialog";

type Props = { editor: Editor; onInvalidUrl: (message: string) => void };

function askUrl(question: string, current = ""): string | null {
  const answer = window.prompt(question, current);
  return answer === null ? null : answer.trim();
}

/** What the buttons show: which marks and blocks the selection is in, and whether there is a step to undo or redo. */
function readToolbarState(e: Editor) {
  return {
    bold: e.isActive("bold"),
    italic: e.isActive("italic"),
    h2: e.isActive("heading", { level: 2 }),
    h3: e.isActive("heading", { level: 3 }),
    bulletList: e.isActive("bulletList"),
    orderedList: e.isActive("orderedList"),
    blockquote: e.isActive("blockquote"),
    link: e.isActive("link"),
    // The history's depth, not can().undo(): can() builds every command of the editor anew.
    canUndo: undoDepth(e.state) > 0,
    canRedo: redoDepth(e.state) > 0,
  };
}

export function RichTextToolbar({ editor, onInvalidUrl }: Props) {
  // Read once the keystroke's frame is painted, and re-rendered only when what the buttons show changes.
  const state = useIdleEditorState(editor, readToolbarState, 100);

  function setLink() {
    const previous = String(editor.getAttributes("link").href ?? "");
    const url = askUrl("Link address (https://… or mailto:…); leave empty to remove the link", previous);
    if (url === null) return;
    if (url === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!hasAllowedProtocol(url, ["http", "https", "mailto"])) {
      onInvalidUrl("Links must start with http://, https:// or mailto:");
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
  }

  function addImage() {
    const src = askUrl("Image address (https://…)");
    if (!src) return;
    if (!hasAllowedProtocol(src, ["http", "https"])) {
      onInvalidUrl("Images must have an http:// or https:// address");
      return;
    }
    const alt = askUrl("Describe the image for readers who cannot see it (alt text)") ?? "";
    editor.chain().focus().setImage({ src, alt }).run();
  }

  const buttons = [
    { label: "Bold", shortcut: "Ctrl+B", pressed: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: "Italic", shortcut: "Ctrl+I", pressed: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { label: "Heading 2", pressed: state.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Heading 3", pressed: state.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: "Bullet list", pressed: state.bulletList, run: () => editor.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", pressed: state.orderedList, run: () => editor.chain().focus().toggleOrderedList().run() },
    { label: "Quote", pressed: state.blockquote, run: () => editor.chain().focus().toggleBlockquote().run() },
    { label: "Link", pressed: state.link, run: setLink },
  ];

  return (
    <div className="tiptap-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-pressed={button.pressed}
          title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          {button.label}
        </button>
      ))}
      <button type="button" onClick={addImage}>
        Image
      </button>
      <InsertMediaButton editor={editor} />
      <button type="button" disabled={!state.canUndo} onClick={() => editor.chain().focus().undo().run()}>
        Undo
      </button>
      <button type="button" disabled={!state.canRedo} onClick={() => editor.chain().focus().redo().run()}>
        Redo
      </button>
      <StatementDialog editor={editor} />
      <KeyboardShortcuts />
    </div>
  );
}
