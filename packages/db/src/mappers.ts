import { type ArticleVersion, hasUnpublishedChanges, isLocale, type Locale, type RichTextDoc, type Tag, type TranslatedTexts, type VersionStatus, ZRichTextDoc } from "@rightsdesk/domain";
import { type Prisma } from "./generated/prisma/client";

/* Row → domain conversions shared by every concept; the registry's own are in registry/rows.ts. */

/** What every query that shows a tag selects: its labels come along in every language. */
export const tagSelect = {
  id: true,
  kind: true,
  slug: true,
  countryCode: true,
  labels: { select: { locale: true, label: true } },
} satisfies Prisma.TagSelect;

type TagRow = Prisma.TagGetPayload<{ select: typeof tagSelect }>;

export function toTag(row: TagRow): Tag {
  const labels: Partial<Record<Locale, string>> = {};
  for (const { locale, label } of row.labels) if (isLocale(locale)) labels[locale] = label;
  return { id: row.id, kind: row.kind, slug: row.slug, countryCode: row.countryCode, labels };
}

export type LocalizedText = Partial<Record<Locale, string>>;

/** A stored locale → text map, keeping only configured languages and strings. */
export function toLocalized(json: Prisma.JsonValue): LocalizedText {
  const text: LocalizedText = {};
  if (json && typeof json === "object" && !Array.isArray(json)) {
    for (const [locale, value] of Object.entries(json)) if (isLocale(locale) && typeof value === "string") text[locale] = value;
  }
  return text;
}

/** A stored text map with the English each translation was made from. */
export function toTranslated(texts: Prisma.JsonValue, bases: Prisma.JsonValue): TranslatedTexts {
  return { texts: toLocalized(texts), bases: toLocalized(bases) };
}

/** A tag's label rows as texts per language with the English each translation was made from. */
export function toTranslatedLabels(rows: readonly { locale: string; label: string; sourceText: string | null }[]): TranslatedTexts {
  const translated: TranslatedTexts = { texts: {}, bases: {} };
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    translated.texts[row.locale] = row.label;
    if (row.sourceText !== null) translated.bases[row.locale] = row.sourceText;
  }
  return translated;
}

export function toLocale(value: string): Locale {
  if (!isLocale(value)) throw new Error(`Stored locale "${value}" is not configured`);
  return value;
}

export function toVersion(row: Prisma.ArticleVersionModel): ArticleVersion {
  return versionWithBody(row, ZRichTextDoc.parse(row.body));
}

/** A version read without its body, with the body its caller holds already (checked): a save has just written it. */
export function versionWithBody(row: Omit<Prisma.ArticleVersionModel, "body">, body: RichTextDoc): ArticleVersion {
  return {
    id: row.id,
    articleId: row.articleId,
    locale: toLocale(row.locale),
    title: row.title,
    summary: row.summary,
    body,
    status: row.status,
    publishedAt: row.publishedAt,
    revision: row.revision,
    basedOnRevisionId: row.basedOnRevisionId,
    reviewerId: row.reviewerId,
    scheduledAt: row.scheduledAt,
    updatedAt: row.updatedAt,
  };
}

/** hasUnpublishedChanges for a version row read with `publishedRevision: { select: { number: true } }`. */
export function rowHasUnpublishedChanges(row: { status: VersionStatus; revision: number; publishedRevision: { number: number } | null }): boolean {
  return hasUnpublishedChanges({ status: row.status, revision: row.revision, publishedRevision: row.publishedRevision?.number ?? null });
}
