import { type Editor } from "@tiptap/core";

// A DOM event on the editor, so that the slash menu can open the statement dialog without knowing it.
const STATEMENT_REQUEST = "rightsdesk:statement-request";

/** Asks whoever shows the statement dialog for this editor to open it. */
export function requestStatement(editor: Editor): void {
  editor.view.dom.dispatchEvent(new CustomEvent(STATEMENT_REQUEST));
}

/** Runs `open` whenever a statement is asked for in this editor; returns the function that stops listening. */
export function onStatementRequest(editor: Editor, open: () => void): () => void {
  const dom = editor.view.dom;
  dom.addEventListener(STATEMENT_REQUEST, open);
  return () => dom.removeEventListener(STATEMENT_REQUEST, open);
}
