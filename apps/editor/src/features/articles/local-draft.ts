import { type RichTextDoc, ZRichTextDoc } from "@rightsdesk/domain";
import { z } from "zod";

/** Unsent edits, kept in the browser so that a lost connection or a closed tab loses nothing. */
export type LocalDraft = { title: string; summary: string; body: RichTextDoc; baseRevision: number; savedAt: number };

const ZLocalDraft = z.object({
  title: z.string(),
  summary: z.string(),
  body: ZRichTextDoc,
  baseRevision: z.number().int(),
  savedAt: z.number(),
});

/**
 * "unsaved": what the editor shows and has not sent yet. "set-aside": the writer's own text after they
 * took someone else's conflicting version instead, kept until they restore or discard it.
 */
export type DraftSlot = "unsaved" | "set-aside";

const key = (articleId: string, locale: string, slot: DraftSlot) =>
  slot === "unsaved" ? `rightsdesk:draft:${articleId}:${locale}` : `rightsdesk:set-aside:${articleId}:${locale}`;

export function readLocalDraft(articleId: string, locale: string, slot: DraftSlot = "unsaved"): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(articleId, locale, slot));
    const parsed = ZLocalDraft.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(articleId: string, locale: string, draft: LocalDraft, slot: DraftSlot = "unsaved"): void {
  writeLocalDraftJson(articleId, locale, JSON.stringify(draft), slot);
}

/** Keeps a draft given as its JSON text (a LocalDraft serialised), as the editor has it ready to send. */
export function writeLocalDraftJson(articleId: string, locale: string, draftJson: string, slot: DraftSlot = "unsaved"): void {
  try {
    window.localStorage.setItem(key(articleId, locale, slot), draftJson);
  } catch {
    // Storage full or disabled: the server save still runs, only the offline copy is missing.
  }
}

export function clearLocalDraft(articleId: string, locale: string, slot: DraftSlot = "unsaved"): void {
  window.localStorage.removeItem(key(articleId, locale, slot));
}
