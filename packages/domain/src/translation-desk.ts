import { z } from "zod";
import { type VersionStatus } from "./article";
import { isSourceLocale, ZLocale } from "./locale";

/** What the translation matrix shows for one article in one language. */
export const TRANSLATION_STATES = ["missing", "requested", "in_progress", "in_review", "published", "outdated"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const TRANSLATION_STATE_LABELS: Record<TranslationState, string> = {
  missing: "Missing",
  requested: "Requested",
  in_progress: "In progress",
  in_review: "In review",
  published: "Published",
  outdated: "Outdated",
};

export type TranslationCell = {
  version: { status: VersionStatus; outdated: boolean } | null;
  requested: boolean;
};

/** Outdated wins over every other state: a published translation of an old source misleads readers most. */
export function translationState({ version, requested }: TranslationCell): TranslationState {
  if (!version) return requested ? "requested" : "missing";
  if (version.outdated) return "outdated";
  switch (version.status) {
    case "published":
    case "scheduled":
      return "published";
    case "in_review":
    case "approved":
      return "in_review";
    case "draft":
    case "archived":
      return "in_progress";
  }
}

/** Late when the due date has passed and the translation is not live yet (or no longer matches the source). */
export function isOverdue(dueAt: Date | null, state: TranslationState, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime() && state !== "published";
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
