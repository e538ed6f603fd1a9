import { z } from "zod";
import { isSourceLocale, type Locale, LOCALES, SOURCE_LOCALE, ZLocale } from "./locale";
import { BIO_MAX_LENGTH, EVENT_DESCRIPTION_MAX_LENGTH } from "./registry";
import { TAG_LABEL_MAX_LENGTH } from "./tag";

/*
 * Short translated texts outside articles: tag labels, person biographies and case timeline
 * descriptions. Each translation records the English text it was made from (its base); when the
 * English differs from that base, the translation is outdated, as an article translation is.
 */

export const LABEL_KINDS = ["tag", "bio", "event"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
export const ZLabelKind = z.enum(LABEL_KINDS);

export const LABEL_MAX_LENGTH: Record<LabelKind, number> = {
  tag: TAG_LABEL_MAX_LENGTH,
  bio: BIO_MAX_LENGTH,
  event: EVENT_DESCRIPTION_MAX_LENGTH,
};

/** "missing": no translation; "current": made from the English as it is now; "outdated": the English changed since, or its base is unknown. */
export const LABEL_STATES = ["missing", "current", "outdated"] as const;
export type LabelState = (typeof LABEL_STATES)[number];

export const LABEL_STATE_NAMES: Record<LabelState, string> = { missing: "missing", current: "up to date", outdated: "outdated" };

export type LabelCounts = Record<Exclude<LabelState, "current">, number>;

/**
 * The state of one translation against the English source. A translation without a recorded base
 * was made before bases were kept: we cannot tell what it was made from, so it counts as outdated
 * until a translator reviews it, as for articles.
 */
export function labelState(entry: { source: string; translation: string | null; base: string | null }): LabelState {
  if (!entry.translation) return "missing";
  return entry.base !== null && entry.base === entry.source ? "current" : "outdated";
}

export type LocalizedTexts = Partial<Record<Locale, string>>;
/** Texts in every language with, for each translation, the English it was made from. */
export type TranslatedTexts = { texts: LocalizedTexts; bases: LocalizedTexts };

/** The language's translation of one text, with the English it translates. */
export function translationIn({ texts, bases }: TranslatedTexts, locale: Locale): { source: string; translation: string | null; base: string | null } {
  return { source: texts[SOURCE_LOCALE] ?? "", translation: texts[locale] || null, base: bases[locale] ?? null };
}

/** The languages whose translation of one text is outdated; none while there is no English to translate. */
export function outdatedTranslations(entry: TranslatedTexts): Locale[] {
  if (!entry.texts[SOURCE_LOCALE]) return [];
  return LOCALES.filter((locale) => !isSourceLocale(locale) && labelState(translationIn(entry, locale)) === "outdated");
}

/**
 * The bases after a save that writes every language at once (the person form, the case form, a tag):
 * a translation the save left as it was keeps its base, so an English change alone makes it
 * outdated; a new or changed translation was written against the English saved with it.
 * `before` lists what these texts may have been: one record, or every event of a replaced timeline
 * (one with the same English first, so that two events with the same translation keep their own bases).
 */
export function carryBases(before: readonly TranslatedTexts[], texts: LocalizedTexts): LocalizedTexts {
  const source = texts[SOURCE_LOCALE];
  const bases: LocalizedTexts = {};
  for (const locale of LOCALES) {
    const text = texts[locale];
    if (isSourceLocale(locale) || !text) continue;
    const same = (old: TranslatedTexts) => old.texts[locale] === text;
    const kept = before.find((old) => same(old) && old.texts[SOURCE_LOCALE] === source) ?? before.find(same);
    const base = kept ? kept.bases[locale] : source;
    if (base !== undefined) bases[locale] = base;
  }
  return bases;
}

/** Two records' texts combined, the first one's winning per language; each translation keeps the base of the record it came from. */
export function combineTranslatedTexts(first: TranslatedTexts, second: TranslatedTexts): TranslatedTexts {
  const texts: LocalizedTexts = { ...second.texts, ...first.texts };
  const bases: LocalizedTexts = {};
  for (const locale of LOCALES) {
    if (texts[locale] === undefined) continue;
    const base = (first.texts[locale] !== undefined ? first : second).bases[locale];
    if (base !== undefined) bases[locale] = base;
  }
  return { texts, bases };
}

const ZTranslationLocale = ZLocale.refine((locale) => !isSourceLocale(locale), "English is the source language: it is written in the record itself, not translated here");

/**
 * The translation a translator started from, exactly as the page showed it ("" when there was none):
 * a save or a review is refused if someone else saved another text in that language meanwhile.
 */
export const ZPreviousTranslation = z.string({ error: "Send the translation you started from" });

/** A biography in one language, saved from the person's page; an empty text clears it. */
export const ZBioTranslationSave = z.object({
  text: z.string().trim().max(BIO_MAX_LENGTH, `A biography must be at most ${BIO_MAX_LENGTH} characters`),
  previousTranslation: ZPreviousTranslation,
});

/** A timeline event's description in one language, saved from the case's page. */
export const ZEventTranslationSave = z.object({
  text: z
    .string()
    .trim()
    .min(1, "The description is empty")
    .max(EVENT_DESCRIPTION_MAX_LENGTH, `A description must be at most ${EVENT_DESCRIPTION_MAX_LENGTH} characters`),
  previousTranslation: ZPreviousTranslation,
});

/** A translation saved from a record's page, with the one the translator started from ("" for none). */
export type TranslationSave = z.infer<typeof ZBioTranslationSave>;

/**
 * Which translation, the English text the translator saw and the translation they started from:
 * refused if either changed meanwhile.
 */
export const ZLabelTarget = z.object({
  kind: ZLabelKind,
  id: z.string().min(1, "Which text is missing"),
  locale: ZTranslationLocale,
  sourceText: z.string(),
  previousTranslation: ZPreviousTranslation,
});
export type LabelTarget = z.infer<typeof ZLabelTarget>;

export const ZSaveLabelTranslation = ZLabelTarget.extend({ text: z.string().trim().min(1, "The translation is empty") }).superRefine(
  (input, context) => {
    const max = LABEL_MAX_LENGTH[input.kind];
    if (input.text.length > max) context.addIssue({ code: "custom", path: ["text"], message: `The translation must be at most ${max} characters` });
  },
);
export type SaveLabelTranslation = z.infer<typeof ZSaveLabelTranslation>;

/** Marking up to date after reviewing the changes: the English the translator reviewed becomes the base. */
export const ZMarkLabelUpToDate = ZLabelTarget;
export type MarkLabelUpToDate = LabelTarget;

export const LABEL_SOURCE_CHANGED =
  "The English text changed while you were translating. Review the new English text below; what you typed is kept here.";

export const LABEL_TRANSLATION_CHANGED =
  "Someone else saved this translation while you were writing. Their text is shown below; what you typed is kept here. Save again to replace theirs.";
