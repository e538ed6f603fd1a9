import { type Editor } from "@tiptap/core";
import { whenIdle } from "../../shared/idle-task";

/** What a component reads from the editor, kept up to date through its changes. */
export type EditorStore<T> = {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => T;
};

/** Equal when the same value, or plain objects whose own values are each the same. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * Reads `select(editor)` again when the browser is next idle after the editor changed, at the latest `maxDelayMs`
 * later, and tells subscribers only when what it reads differs. Tiptap's `useEditorState` reads on every
 * transaction before the frame is painted, so in a long article each keystroke also waited for the toolbar's
 * state and the word count; here a burst of keys is read once, after its frames.
 */
export function createIdleEditorStore<E extends Editor | null, T>(editor: E, select: (editor: E) => T, maxDelayMs: number): EditorStore<T> {
  let snapshot = select(editor);
  return {
    getSnapshot: () => snapshot,
    subscribe(onChange) {
      let cancel: (() => void) | null = null;
      const read = () => {
        cancel = null;
        const next = select(editor);
        if (shallowEqual(next, snapshot)) return;
        snapshot = next;
        onChange();
      };
      const schedule = () => {
        cancel ??= whenIdle(read, maxDelayMs);
      };
      // The editor may have changed between the first read and the subscription.
      schedule();
      editor?.on("transaction", schedule);
      return () => {
        editor?.off("transaction", schedule);
        cancel?.();
      };
    },
  };
}
