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

const key = (articleId: string, locale: string) => `rightsdesk:draft:${articleId}:${locale}`;

export function readLocalDraft(articleId: string, locale: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(articleId, locale));
    const parsed = ZLocalDraft.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(articleId: string, locale: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(articleId, locale), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs, only the offline copy is missing.
  }
}

export function clearLocalDraft(articleId: string, locale: string): void {
  window.localStorage.removeItem(key(articleId, locale));
}
