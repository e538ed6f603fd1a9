import { type Mentionable } from "@rightsdesk/domain";
import { type MentionAttrs, RichTextMention } from "@rightsdesk/rich-text/mention";
import { type SuggestionOptions, type SuggestionProps } from "@tiptap/suggestion";
import { ReactRenderer } from "@tiptap/react";
import { MENTION_LIST_ID, MentionList, type MentionListProps, mentionOptionId } from "./mention-list";
import { callApi } from "~/features/shared/api-client";

type Props = SuggestionProps<Mentionable, MentionAttrs>;

/** The attributes that tie the text to the popup for assistive technology while it is open. */
function describePopup(dom: HTMLElement, open: { active: number; count: number } | null) {
  if (!open) {
    for (const name of ["aria-controls", "aria-expanded", "aria-activedescendant", "aria-autocomplete"]) dom.removeAttribute(name);
    return;
  }
  dom.setAttribute("aria-autocomplete", "list");
  dom.setAttribute("aria-controls", MENTION_LIST_ID);
  dom.setAttribute("aria-expanded", String(open.count > 0));
  if (open.count > 0) dom.setAttribute("aria-activedescendant", mentionOptionId(open.active));
  else dom.removeAttribute("aria-activedescendant");
}

// The last search's failure, shown in the popup instead of "nothing matches".
let lastProblem: string | null = null;

/** One popup per @: it keeps the active option here, and React only draws it. */
function renderPopup(): ReturnType<NonNullable<SuggestionOptions<Mentionable, MentionAttrs>["render"]>> {
  let renderer: ReactRenderer<unknown, MentionListProps> | null = null;
  let unmount: (() => void) | null = null;
  let props: Props | null = null;
  let active = 0;

  const pick = (item: Mentionable) => props?.command({ id: item.id, kind: item.kind, label: item.label });
  const draw = () => {
    if (!props || !renderer) return;
    renderer.updateProps({ query: props.query, items: props.items, active, loading: props.loading, problem: lastProblem, onPick: pick });
    describePopup(props.editor.view.dom, { active, count: props.items.length });
  };

  return {
    onStart(next) {
      props = next;
      active = 0;
      renderer = new ReactRenderer(MentionList, {
        editor: next.editor,
        className: "mention-layer",
        props: { query: next.query, items: next.items, active, loading: next.loading, problem: null, onPick: pick },
      });
      unmount = next.mount(renderer.element);
      draw();
    },
    onUpdate(next) {
      if (props?.items !== next.items) active = 0;
      props = next;
      draw();
    },
    onKeyDown({ event }) {
      const count = props?.items.length ?? 0;
      if (event.key === "Escape") return true; // the plugin closes the popup
      if (count === 0) return false;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        active = (active + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
        draw();
        return true;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        const item = props?.items[active];
        if (item) pick(item);
        return true;
      }
      return false;
    },
    onExit(last) {
      describePopup(last.editor.view.dom, null);
      unmount?.();
      renderer?.destroy();
      renderer = null;
      unmount = null;
      props = null;
    },
  };
}

async function search({ query }: { query: string }): Promise<Mentionable[]> {
  const result = await callApi("searchMentions", { query: { q: query } });
  lastProblem = result.ok ? null : `Could not search the registry: ${result.error}`;
  return result.ok ? result.data.results : [];
}

/** The shared mention node with the editor's @ popup, which searches the registry as the writer types. */
export const EditorMention = RichTextMention.configure({
  HTMLAttributes: { class: "mention" },
  suggestion: { char: "@", minQueryLength: 1, debounce: 150, items: search, render: renderPopup },
});
