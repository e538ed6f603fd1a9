import {
  type Locale,
  LOCALES,
  PAGE_SIZE,
  type PublishedArticle,
  type PublishedArticleTeaser,
  shownLocale,
  SOURCE_LOCALE,
  ZRichTextDoc,
} from "@rightsdesk/domain";
import { db } from "./client";
import { type Prisma } from "./generated/prisma/client";
import { tagSelect, toLocale, toTag } from "./mappers";

/*
 * The public site's only way into the data: published versions, with an explicit selection of
 * the fields a reader may see. Drafts never match.
 */

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

const teaserSelect = {
  locale: true,
  title: true,
  summary: true,
  publishedAt: true,
  article: { select: { slug: true, tags: { select: { tag: { select: tagSelect } } } } },
} satisfies Prisma.ArticleVersionSelect;

type TeaserRow = Prisma.ArticleVersionGetPayload<{ select: typeof teaserSelect }>;

function toTeaser(row: TeaserRow): PublishedArticleTeaser {
  return {
    slug: row.article.slug,
    locale: toLocale(row.locale),
    title: row.title,
    summary: row.summary,
    // Published versions always have a date; the fallback only satisfies the type.
    publishedAt: row.publishedAt ?? new Date(0),
    tags: row.article.tags.map(({ tag }) => toTag(tag)),
  };
}

const PUBLISHED = { status: "published", publishedAt: { not: null } } satisfies Prisma.ArticleVersionWhereInput;
const published = (locale: Locale) => ({ locale, ...PUBLISHED });

async function pageOf(where: Prisma.ArticleVersionWhereInput, page: number): Promise<Page<PublishedArticleTeaser>> {
  const [total, rows] = await db().$transaction([
    db().articleVersion.count({ where }),
    db().articleVersion.findMany({
      where,
      select: teaserSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { items: rows.map(toTeaser), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

/** Published articles in one language, newest first. */
export function listPublished(locale: Locale, page: number): Promise<Page<PublishedArticleTeaser>> {
  return pageOf(published(locale), page);
}

export function listPublishedByTag(locale: Locale, tagSlug: string, page: number): Promise<Page<PublishedArticleTeaser>> {
  return pageOf({ ...published(locale), article: { tags: { some: { tag: { slug: tagSlug } } } } }, page);
}

/** Per published language: what picking the shown language and telling readers of an outdated translation need. */
const languageSelect = {
  id: true,
  locale: true,
  revision: true,
  updatedAt: true,
  basedOnRevision: { select: { number: true } },
  revisions: { select: { createdAt: true }, orderBy: { number: "desc" }, take: 1 },
} satisfies Prisma.ArticleVersionSelect;

/**
 * The article for a reader of `locale`: the version in that language when it is published, else
 * the source (or another published language) — see shownLocale; the result's `locale` says which.
 * Null only when no language of the article is published.
 */
export async function getPublished(locale: Locale, slug: string): Promise<PublishedArticle | null> {
  const article = await db().article.findUnique({
    where: { slug },
    select: { versions: { where: PUBLISHED, select: languageSelect } },
  });
  const versions = article?.versions ?? [];
  const locales = LOCALES.filter((candidate) => versions.some((version) => version.locale === candidate));
  const shown = versions.find((version) => version.locale === shownLocale(locale, locales));
  if (!shown) return null;
  const row = await db().articleVersion.findFirst({
    // PUBLISHED again: the version may have been unpublished since the first read.
    where: { id: shown.id, ...PUBLISHED },
    select: { ...teaserSelect, body: true },
  });
  if (!row) return null;
  const source = versions.find((version) => version.locale === SOURCE_LOCALE);
  return {
    ...toTeaser(row),
    body: ZRichTextDoc.parse(row.body),
    locales,
    translation:
      source && source !== shown
        ? {
            baseRevision: shown.basedOnRevision?.number ?? null,
            source: { revision: source.revision, updatedAt: source.revisions[0]?.createdAt ?? source.updatedAt },
          }
        : null,
  };
}

/**
 * The current slug of a published article that used to be at `fromSlug`; null when no article
 * with a published version ever had that slug, so an unpublished article's address stays unknown.
 */
export async function resolveArticleRedirect(fromSlug: string): Promise<string | null> {
  const row = await db().articleSlugRedirect.findUnique({
    where: { fromSlug },
    select: { article: { select: { slug: true, versions: { where: { status: "published" }, select: { id: true }, take: 1 } } } },
  });
  return row && row.article.versions.length > 0 ? row.article.slug : null;
}
