import { z } from "zod";
import { type RichTextDoc, type RichTextNode } from "./rich-text";

/*
 * A mention in an article body names a registry record by id, never by its name: the public site
 * looks the record up when it renders, so a rename or a merge never leaves a stale name behind.
 */

export const MENTION_KINDS = ["person", "case", "organisation"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
export type MentionTarget = { kind: MentionKind; id: string };
/** A record the editor's @ popup offers: its name under the spelling searched, and whether readers may see it. */
export type Mentionable = MentionTarget & { label: string; internal: boolean };

export function isMentionKind(value: unknown): value is MentionKind {
  return MENTION_KINDS.some((kind) => kind === value);
}

/** One string per record, for maps keyed by what a mention points at. */
export function mentionKey(target: MentionTarget): string {
  return `${target.kind}:${target.id}`;
}

function mentionTarget(node: RichTextNode): MentionTarget | null {
  if (node.type !== "mention") return null;
  const { kind, id } = node.attrs ?? {};
  return isMentionKind(kind) && typeof id === "string" && id ? { kind, id } : null;
}

/** Every record the document mentions, each once, in the order of first mention. */
export function collectMentions(doc: RichTextDoc): MentionTarget[] {
  const found = new Map<string, MentionTarget>();
  const visit = (node: RichTextNode) => {
    const target = mentionTarget(node);
    if (target && !found.has(mentionKey(target))) found.set(mentionKey(target), target);
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return [...found.values()];
}

/** The document with every mention of `from` pointing at `to` instead (a merge of duplicates); null when it has none. */
export function repointMentions(doc: RichTextDoc, from: MentionTarget, to: MentionTarget): RichTextDoc | null {
  let changed = false;
  const visit = (node: RichTextNode): RichTextNode => {
    const target = mentionTarget(node);
    if (target && mentionKey(target) === mentionKey(from)) {
      changed = true;
      return { ...node, attrs: { ...node.attrs, kind: to.kind, id: to.id } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  const content = doc.content.map(visit);
  return changed ? { ...doc, content } : null;
}

/** What the editor's @ popup searches the registry for; `kind` narrows it to one kind (a statement's organisation). */
export const ZMentionQuery = z.object({
  q: z.string().trim().min(1, "Type a name to search for").max(100, "Search for at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  kind: z.enum(MENTION_KINDS).optional(),
});
