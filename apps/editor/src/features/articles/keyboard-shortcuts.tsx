"use client";

import { useEffect, useState } from "react";
import { ModalDialog } from "~/features/shared/ui/modal-dialog";

const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: "Ctrl+B", action: "Bold" },
  { keys: "Ctrl+I", action: "Italic" },
  { keys: "Ctrl+Alt+2", action: "Heading 2" },
  { keys: "Ctrl+Alt+3", action: "Heading 3" },
  { keys: "Ctrl+Alt+0", action: "Back to a paragraph" },
  { keys: "Ctrl+Shift+8", action: "Bullet list" },
  { keys: "Ctrl+Shift+7", action: "Numbered list" },
  { keys: "Ctrl+Shift+B", action: "Quote" },
  { keys: "Paste a web address over selected text", action: "Link" },
  { keys: "Ctrl+S", action: "Save" },
  { keys: "Ctrl+Z / Ctrl+Shift+Z", action: "Undo / redo" },
  { keys: "/ at the start of an empty paragraph", action: "Insert a block (heading, list, quote, statement, divider)" },
  { keys: "? or Ctrl+/", action: "This list" },
];

/** `?` types a question mark in a text field, so there it does not open the list; Ctrl+/ always does. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches("input, textarea, select"));
}

/** A button and the keys `?` and Ctrl+/ (⌘/ on a Mac) that list the editor's keyboard shortcuts. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const withModifier = (event.ctrlKey || event.metaKey) && event.key === "/";
      if (withModifier || (event.key === "?" && !event.ctrlKey && !event.metaKey && !isTyping(event.target))) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+/ Shift+?">
        Shortcuts
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
        <p className="save-state">On a Mac, use ⌘ for Ctrl and ⌥ for Alt.</p>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ModalDialog>
    </>
  );
}
