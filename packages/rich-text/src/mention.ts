import { isMentionKind, mentionKey, type MentionKind } from "@rightsdesk/domain";
import { Mention } from "@tiptap/extension-mention";
import { hasAllowedProtocol, LINK_PROTOCOLS } from "./urls";

/** What a stored mention holds. The label is the name the editor showed when it was inserted, never shown to readers. */
export type MentionAttrs = { id: string; kind: MentionKind; label: string };

/** How the public site shows a mentioned record now; a record missing here (deleted, internal) is withheld. */
export type MentionRef = { label: string; href: string | null };
export type MentionRefs = { mentions?: ReadonlyMap<string, MentionRef>; withheldLabel?: string };

const DEFAULT_WITHHELD_LABEL = "[name withheld]";

function dataAttribute(name: string) {
  return {
    default: null,
    parseHTML: (element: { getAttribute(name: string): string | null }) => element.getAttribute(`data-${name}`),
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: attributes[name] }),
  };
}

/**
 * A mention of a person, case or organisation of the registry, stored by id and kind. Only these
 * three attributes are kept: Tiptap's trigger character attribute is left out of the schema.
 */
export const RichTextMention = Mention.extend({
  addAttributes() {
    return { id: dataAttribute("id"), kind: dataAttribute("kind"), label: dataAttribute("label") };
  },
});

/** Why a stored mention is not acceptable, or null. */
export function mentionProblem(attrs: Record<string, unknown> | undefined): string | null {
  if (typeof attrs?.id !== "string" || attrs.id === "") return "A mention must name a record by its id";
  if (!isMentionKind(attrs.kind)) return `A mention must be of a person, a case or an organisation, not "${String(attrs.kind)}"`;
  return null;
}

/**
 * The mention as readers see it: the record's current name, linked to its page, from `refs`. The stored
 * label is never written out, not even in an attribute: it may name a person the public must not see.
 */
export function publicMention(refs: MentionRefs) {
  return RichTextMention.extend({
    renderHTML({ node }) {
      const { id, kind } = node.attrs as Partial<MentionAttrs>;
      const ref = isMentionKind(kind) && id ? refs.mentions?.get(mentionKey({ kind, id })) : undefined;
      if (!ref) return ["span", { class: "mention mention-withheld" }, refs.withheldLabel ?? DEFAULT_WITHHELD_LABEL];
      const href = ref.href && (ref.href.startsWith("/") || hasAllowedProtocol(ref.href, LINK_PROTOCOLS)) ? ref.href : null;
      return href ? ["a", { class: "mention", href }, ref.label] : ["span", { class: "mention" }, ref.label];
    },
  });
}
