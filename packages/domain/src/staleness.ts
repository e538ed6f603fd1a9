import { z } from "zod";
import { canonicalJson } from "./json";
import { type RichTextDoc } from "./rich-text";

/** What a translation is made from: the translatable text of one source revision. */
export type SourceContent = { title: string; summary: string; body: RichTextDoc };
export type SourceRevisionState = { number: number; content: SourceContent };

/**
 * How a translation stands against its source:
 * - "current": the source text is the same as in the revision the translation was made from;
 * - "outdated": the source has a newer revision whose text differs from that base;
 * - "unknown": the translation records no base revision (made before bases were kept, or its base
 *   was deleted). We cannot tell what it was made from, so it is treated as outdated: the
 *   translator reviews the whole source once and marks it up to date, which records a base.
 */
export const ZStaleness = z.enum(["current", "outdated", "unknown"]);
export type Staleness = z.infer<typeof ZStaleness>;

/** Only a newer source revision can make a translation outdated; the cheap check before comparing texts. */
export function sourceMovedOn(baseNumber: number | null, currentNumber: number): boolean {
  return baseNumber === null || currentNumber > baseNumber;
}

export function sameSourceContent(a: SourceContent, b: SourceContent): boolean {
  return a.title === b.title && a.summary === b.summary && canonicalJson(a.body) === canonicalJson(b.body);
}

/**
 * The staleness rule. A newer source revision alone does not make a translation outdated: a save
 * that was undone, or one that changed nothing, leaves the text as the translator saw it.
 */
export function translationStaleness(base: SourceRevisionState | null, current: SourceRevisionState): Staleness {
  if (!base) return "unknown";
  if (!sourceMovedOn(base.number, current.number)) return "current";
  return sameSourceContent(base.content, current.content) ? "current" : "outdated";
}

export const isOutdated = (staleness: Staleness): boolean => staleness !== "current";
