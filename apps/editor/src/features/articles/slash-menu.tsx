"use client";

import { type Editor } from "@tiptap/react";
import { useEffect, useSyncExternalStore } from "react";
import { slashMenuStore } from "~/features/articles/editor/slash-menu";
import "~/features/shared/ui/writing.css";

const LISTBOX_ID = "slash-menu";
const optionId = (id: string) => `slash-menu-${id}`;

/**
 * The list the slash menu extension fills. Focus stays in the editor, which points at the highlighted
 * option with aria-activedescendant, as a combobox does.
 */
export function SlashMenu({ editor }: { editor: Editor }) {
  const store = slashMenuStore(editor);
  const state = useSyncExternalStore(store.subscribe, store.get, () => null);
  const active = state?.items[state.selected];

  useEffect(() => {
    const dom = editor.view.dom;
    if (!state) return;
    dom.setAttribute("aria-controls", LISTBOX_ID);
    dom.setAttribute("aria-expanded", "true");
    if (active) dom.setAttribute("aria-activedescendant", optionId(active.id));
    else dom.removeAttribute("aria-activedescendant");
    return () => {
      for (const name of ["aria-controls", "aria-expanded", "aria-activedescendant"]) dom.removeAttribute(name);
    };
  }, [editor, state, active]);

  if (!state) return null;
  const position = state.rect ? { top: state.rect.bottom + 4, left: state.rect.left } : undefined;
  return (
    <div className="slash-menu" style={position}>
      {state.items.length === 0 ? (
        <p className="empty" role="status">
          No block matches.
        </p>
      ) : (
        <ul id={LISTBOX_ID} role="listbox" aria-label="Insert a block">
          {state.items.map((item) => (
            <li
              key={item.id}
              id={optionId(item.id)}
              role="option"
              aria-selected={item === active}
              // Keeps the editor focused, so the block lands where the slash was typed.
              onMouseDown={(event) => {
                event.preventDefault();
                state.choose(item);
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
