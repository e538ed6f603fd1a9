import { z } from "zod";
import { LOCALES, type Locale, SOURCE_LOCALE } from "./locale";
import { type RichTextDoc, ZRichTextDoc } from "./rich-text";
import { ZSlug } from "./slug";
import { type Tag } from "./tag";

export const VERSION_STATUSES = ["draft", "in_review", "approved", "scheduled", "published", "archived"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const TITLE_MAX_LENGTH = 200;
/** Revision numbers are stored as PostgreSQL integers: a larger number names no revision. */
export const MAX_REVISION = 2_147_483_647;
export const SUMMARY_MAX_LENGTH = 600;

export const ZTitle = z
  .string({ error: "Title is required" })
  .trim()
  .min(1, "Title is required")
  .max(TITLE_MAX_LENGTH, `Title must be at most ${TITLE_MAX_LENGTH} characters`);

export const ZSummary = z
  .string()
  .trim()
  .max(SUMMARY_MAX_LENGTH, `Summary must be at most ${SUMMARY_MAX_LENGTH} characters`);

export const ZCreateArticleInput = z.object({
  title: ZTitle,
  summary: ZSummary.default(""),
  /** Left empty, the slug is made from the title. */
  slug: z.union([ZSlug, z.literal("")]).default(""),
});
export type CreateArticleInput = z.infer<typeof ZCreateArticleInput>;

/**
 * A save of one language version. `baseRevision` is the revision the editor started from:
 * a save based on an older revision than the stored one is a conflict, never an overwrite.
 */
export const ZSaveVersionInput = z.object({
  title: ZTitle,
  summary: ZSummary,
  body: ZRichTextDoc,
  baseRevision: z.number().int().min(0).max(MAX_REVISION),
});
export type SaveVersionInput = z.infer<typeof ZSaveVersionInput>;

export const ZSetTagsInput = z.object({
  tagIds: z.array(z.string().min(1)).max(50, "At most 50 tags per article"),
});

export const ZChangeSlugInput = z.object({ slug: ZSlug });

/** The people and cases a story reports, in every language of it. */
export const ZRegistryLinksInput = z.object({ personIds: z.array(z.string().min(1)), caseIds: z.array(z.string().min(1)) });

export type ArticleVersion = {
  id: string;
  articleId: string;
  locale: Locale;
  title: string;
  summary: string;
  body: RichTextDoc;
  status: VersionStatus;
  publishedAt: Date | null;
  /** Number of the latest saved revision; 0 before the first save. */
  revision: number;
  /** The source-language revision this translation was made from; null for the source version. */
  basedOnRevisionId: string | null;
  /** Who is asked to review it, if anyone. */
  reviewerId: string | null;
  /** When a scheduled version goes live. */
  scheduledAt: Date | null;
  updatedAt: Date;
};

/** What a save answers: the version as stored, without the body the writer sent and holds already. */
export type SavedVersion = Omit<ArticleVersion, "body">;

export type Article = {
  id: string;
  slug: string;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
  tags: Tag[];
  versions: ArticleVersion[];
};

/** A line of the editor's article list: every version's language and status, without bodies; `outdated` only ever for translations. */
export type ArticleListItem = {
  id: string;
  slug: string;
  title: string;
  /** The name of the person who created the article. */
  author: string;
  updatedAt: Date;
  versions: { locale: Locale; status: VersionStatus; title: string; outdated: boolean }[];
};

/** What the public site shows of a published version. */
export type PublishedArticle = {
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  body: RichTextDoc;
  publishedAt: Date;
  tags: Tag[];
  /** Every language in which this article is published, this one included. */
  locales: Locale[];
  /** For an outdated translation: when the original readers can read was updated; else null. */
  originalUpdatedAt: Date | null;
};

export type PublishedArticleTeaser = Omit<PublishedArticle, "body" | "locales" | "originalUpdatedAt">;

/**
 * Which published language to show a reader who asked for `requested`: that one, else the source,
 * else the first published in LOCALES order; null when none is published (the only 404).
 */
export function shownLocale(requested: Locale, published: readonly Locale[]): Locale | null {
  if (published.includes(requested)) return requested;
  if (published.includes(SOURCE_LOCALE)) return SOURCE_LOCALE;
  return LOCALES.find((locale) => published.includes(locale)) ?? null;
}

export type Revision = {
  id: string;
  number: number;
  authorId: string;
  createdAt: Date;
};

/** One revision's text and its author's name, as History and a conflicting save show it. */
export type RevisionText = Omit<Revision, "authorId"> & Pick<ArticleVersion, "title" | "summary" | "body"> & { author: { name: string } };

/** Articles per page of a public listing. */
export const PAGE_SIZE = 10;
export const ZPage = z.coerce.number().int().min(1).max(1_000_000).catch(1);
