import { z } from "zod";
import { type VersionStatus } from "./article";
import { isSourceLocale, ZLocale } from "./locale";

/*
 * One article in one language as the editor names it everywhere: the language tabs of an article, the
 * translation desk and a translator's assignments all call translationState, so they never disagree.
 */
export const TRANSLATION_STATES = [
  "source_unpublished",
  "source_archived",
  "missing",
  "requested",
  "in_progress",
  "in_review",
  "approved",
  "scheduled",
  "published",
  "outdated",
  "archived",
] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const TRANSLATION_STATE_LABELS: Record<TranslationState, string> = {
  source_unpublished: "Source not published yet",
  source_archived: "Source archived",
  missing: "Missing",
  requested: "Requested",
  in_progress: "In progress",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  outdated: "Outdated",
  archived: "Archived",
};

export type TranslationCell = {
  /** The source-language version: whether readers have had it decides whether a translation is missing. */
  source: { status: VersionStatus; everPublished: boolean } | null;
  /** This language's version (for the source language, the source itself); null before its first save. */
  version: { status: VersionStatus; outdated: boolean } | null;
  requested: boolean;
};

/**
 * A translation is missing only once readers have (or are about to have) the source; one that was asked
 * for is requested either way. Archived wins over outdated, as nobody reads it; outdated wins over every
 * other state, as a published translation of an old source misleads readers most.
 */
export function translationState({ source, version, requested }: TranslationCell): TranslationState {
  if (!version) {
    if (source?.status === "archived") return "source_archived";
    if (requested) return "requested";
    const sourceOut = source !== null && (source.everPublished || source.status === "published" || source.status === "scheduled");
    return sourceOut ? "missing" : "source_unpublished";
  }
  if (version.status === "archived") return "archived";
  if (version.outdated) return "outdated";
  return version.status === "draft" ? "in_progress" : version.status;
}

/** States in which nobody is working towards readers any more: a due date no longer applies. */
const SETTLED: ReadonlySet<TranslationState> = new Set(["published", "scheduled", "archived", "source_archived"]);

/** Late when the due date has passed and the translation is not live yet (or no longer matches the source). */
export function isOverdue(dueAt: Date | null, state: TranslationState, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime() && !SETTLED.has(state);
}

export const ZTranslationRequest = z.object({
  locales: z
    .array(ZLocale.refine((locale) => !isSourceLocale(locale), "The source language is not translated"))
    .min(1, "Choose at least one language")
    .transform((locales) => [...new Set(locales)]),
  /** A calendar day (yyyy-mm-dd): the translation is due by the end of it, UTC. */
  dueDate: z
    .union([
      z.iso.date({ error: "Enter the due date as a date" }).refine((day) => day >= "2000-01-01" && day <= "2100-12-31", "Enter a due date between 2000 and 2100"),
      z.literal(""),
    ])
    .transform((day) => (day ? new Date(`${day}T23:59:59.999Z`) : null)),
  assigneeId: z.union([z.string().min(1), z.literal("")]).transform((id) => id || null),
});
export type TranslationRequestInput = z.input<typeof ZTranslationRequest>;
export type TranslationRequest = z.output<typeof ZTranslationRequest>;
