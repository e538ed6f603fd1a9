import { type Editor, Extension, type Range } from "@tiptap/core";
import { PluginKey } from "@tiptap/pm/state";
import Suggestion, { type SuggestionProps } from "@tiptap/suggestion";
import { requestStatement } from "./statement-request";

export type SlashItem = {
  id: string;
  label: string;
  /** Other words a writer may type after the slash to find it. */
  keywords: readonly string[];
  /** Replaces the typed `/query` with the block. */
  run: (editor: Editor, range: Range) => void;
};

const clear = (editor: Editor, range: Range) => editor.chain().focus().deleteRange(range);

export const SLASH_ITEMS: readonly SlashItem[] = [
  { id: "heading-2", label: "Heading 2", keywords: ["h2", "title", "section"], run: (e, r) => clear(e, r).setNode("heading", { level: 2 }).run() },
  { id: "heading-3", label: "Heading 3", keywords: ["h3", "subheading"], run: (e, r) => clear(e, r).setNode("heading", { level: 3 }).run() },
  { id: "bullet-list", label: "Bullet list", keywords: ["ul", "unordered", "list"], run: (e, r) => clear(e, r).toggleBulletList().run() },
  { id: "numbered-list", label: "Numbered list", keywords: ["ol", "ordered", "list"], run: (e, r) => clear(e, r).toggleOrderedList().run() },
  { id: "quote", label: "Quote", keywords: ["blockquote"], run: (e, r) => clear(e, r).toggleBlockquote().run() },
  {
    id: "statement",
    label: "Statement",
    keywords: ["citation", "cite", "organisation", "source"],
    run: (e, r) => {
      clear(e, r).run();
      requestStatement(e);
    },
  },
  { id: "divider", label: "Divider", keywords: ["hr", "rule", "line", "separator"], run: (e, r) => clear(e, r).setHorizontalRule().run() },
];

/** The blocks whose name, or one of whose keywords, contains what was typed after the slash. */
export function filterSlashItems(query: string): SlashItem[] {
  const q = query.trim().toLowerCase();
  return SLASH_ITEMS.filter((item) => [item.label, ...item.keywords].some((word) => word.toLowerCase().includes(q)));
}

/** What the open menu shows; null while it is closed. */
export type SlashMenuState = {
  items: SlashItem[];
  selected: number;
  rect: DOMRect | null;
  choose: (item: SlashItem) => void;
};

/** The menu's state for one editor, which a React component subscribes to. */
export class SlashMenuStore {
  private state: SlashMenuState | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  get = (): SlashMenuState | null => this.state;

  set(next: SlashMenuState | null): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<Editor, SlashMenuStore>();

export function slashMenuStore(editor: Editor): SlashMenuStore {
  let store = stores.get(editor);
  if (!store) {
    store = new SlashMenuStore();
    stores.set(editor, store);
  }
  return store;
}

function show(store: SlashMenuStore, props: SuggestionProps<SlashItem, SlashItem>, selected: number) {
  store.set({ items: props.items, selected, rect: props.clientRect?.() ?? null, choose: props.command });
}

/** Moves the highlight through the list, wrapping around at either end. */
export function moveSelection(selected: number, count: number, step: 1 | -1): number {
  return count === 0 ? 0 : (selected + step + count) % count;
}

/**
 * Typing `/` in an empty top-level paragraph opens a list of blocks to insert, narrowed by what is typed
 * after it; arrows move, Enter inserts, Escape closes (handled by the suggestion plugin).
 */
export const SlashMenu = Extension.create({
  name: "slashMenu",

  addProseMirrorPlugins() {
    const editor = this.editor;
    const store = slashMenuStore(editor);
    return [
      Suggestion<SlashItem, SlashItem>({
        editor,
        pluginKey: new PluginKey("slashMenu"),
        char: "/",
        startOfLine: true,
        // Only a paragraph that holds nothing but the command, so a slash in running text stays text.
        allow: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          return $from.depth === 1 && $from.parent.type.name === "paragraph" && $from.parent.textContent === state.doc.textBetween(range.from, range.to);
        },
        items: ({ query }) => filterSlashItems(query),
        command: ({ editor: target, range, props: item }) => item.run(target, range),
        render: () => ({
          onStart: (props) => show(store, props, 0),
          onUpdate: (props) => show(store, props, 0),
          onExit: () => store.set(null),
          onKeyDown: ({ event }) => {
            const state = store.get();
            if (!state || state.items.length === 0) return false;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              store.set({ ...state, selected: moveSelection(state.selected, state.items.length, event.key === "ArrowDown" ? 1 : -1) });
              return true;
            }
            if (event.key === "Enter" || event.key === "Tab") {
              const item = state.items[state.selected];
              if (item) state.choose(item);
              return true;
            }
            return false;
          },
        }),
      }),
    ];
  },
});
