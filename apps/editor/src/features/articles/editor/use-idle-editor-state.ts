"use client";

import { type Editor } from "@tiptap/react";
import { useMemo, useSyncExternalStore } from "react";
import { createIdleEditorStore } from "./idle-editor-store";

/**
 * What `select` reads from the editor, read again once the browser is idle after a change (see
 * `createIdleEditorStore`). `select` must keep its identity across renders: a function of the module, not of the
 * component, or the store is made anew on every render.
 */
export function useIdleEditorState<E extends Editor | null, T>(editor: E, select: (editor: E) => T, maxDelayMs: number): T {
  const store = useMemo(() => createIdleEditorStore(editor, select, maxDelayMs), [editor, select, maxDelayMs]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
