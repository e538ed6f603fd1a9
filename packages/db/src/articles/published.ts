import {
  type Locale,
  LOCALES,
  PAGE_SIZE,
  type PublishedArticle,
  type PublishedArticleTeaser,
  type Tag,
  originalUpdatedSince,
  shownLocale,
  SOURCE_LOCALE,
  ZRichTextDoc,
} from "@rightsdesk/domain";
import { db } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { tagSelect, toLocale, toTag } from "../mappers";

/*
 * The public site's only way into the data: published versions, with an explicit selection of
 * the fields a reader may see. Drafts never match, and the text always comes from the revision that
 * was published, never from later saves waiting for an editor.
 */

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

const teaserSelect = {
  locale: true,
  publishedRevision: { select: { title: true, summary: true } },
  publishedAt: true,
  article: { select: { slug: true, tags: { select: { tag: { select: tagSelect } } } } },
} satisfies Prisma.ArticleVersionSelect;

type TeaserRow = Prisma.ArticleVersionGetPayload<{ select: typeof teaserSelect }>;

function toTeaser(row: TeaserRow): PublishedArticleTeaser {
  return {
    slug: row.article.slug,
    locale: toLocale(row.locale),
    // PUBLISHED requires a published revision; the fallbacks only satisfy the type.
    title: row.publishedRevision?.title ?? "",
    summary: row.publishedRevision?.summary ?? "",
    // Published versions always have a date; the fallback only satisfies the type.
    publishedAt: row.publishedAt ?? new Date(0),
    tags: row.article.tags.map(({ tag }) => toTag(tag)),
  };
}

const PUBLISHED = { status: "published", publishedAt: { not: null }, publishedRevisionId: { not: null } } satisfies Prisma.ArticleVersionWhereInput;
const published = (locale: Locale) => ({ locale, ...PUBLISHED });

async function pageOf(where: Prisma.ArticleVersionWhereInput, page: number): Promise<Page<PublishedArticleTeaser>> {
  // Two plain reads, not a transaction: a listing needs no snapshot (a publication between them shifts a
  // count by one), and on a busy server waiting for a connection to begin a transaction failed the page.
  const [total, rows] = await Promise.all([
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

/** The news archive's filters: a country tag (by its code), a topic tag (by its slug), a year of publication. */
export type ArchiveFilter = { country?: string; topic?: string; year?: number };

/** Published articles in one language that carry every tag the filter names and fall in its year, newest first. */
export function listPublishedArchive(locale: Locale, filter: ArchiveFilter, page: number): Promise<Page<PublishedArticleTeaser>> {
  const tags: Prisma.ArticleWhereInput[] = [];
  if (filter.country) tags.push({ tags: { some: { tag: { kind: "country", countryCode: filter.country } } } });
  if (filter.topic) tags.push({ tags: { some: { tag: { kind: "topic", slug: filter.topic } } } });
  const year = filter.year;
  return pageOf(
    {
      ...published(locale),
      ...(tags.length > 0 && { article: { AND: tags } }),
      ...(year !== undefined && { publishedAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }),
    },
    page,
  );
}

/** Every tag with at least one article published in the language, and how many: the countries and topics index. */
export async function countPublishedByTag(locale: Locale): Promise<{ tag: Tag; count: number }[]> {
  const onPublished = { article: { versions: { some: published(locale) } } } satisfies Prisma.ArticleTagWhereInput;
  const rows = await db().tag.findMany({
    where: { articles: { some: onPublished } },
    select: { ...tagSelect, _count: { select: { articles: { where: onPublished } } } },
    orderBy: { slug: "asc" },
  });
  return rows.map(({ _count, ...row }) => ({ tag: toTag(row), count: _count.articles }));
}

const revisionTextSelect = { number: true, title: true, summary: true, body: true, createdAt: true } satisfies Prisma.ArticleRevisionSelect;
type RevisionTextRow = Prisma.ArticleRevisionGetPayload<{ select: typeof revisionTextSelect }>;
const revisionState = (row: RevisionTextRow) => ({
  number: row.number,
  content: { title: row.title, summary: row.summary, body: ZRichTextDoc.parse(row.body) },
});

/**
 * When the original of a published translation was updated since the translation was made, by the
 * editor's staleness rule applied to the original's published text. Only the date leaves this
 * function: the original's texts (a base may be an unpublished draft) never reach the public site.
 */
async function originalUpdatedAt(translationId: string, sourceId: string): Promise<Date | null> {
  const [translation, source] = await Promise.all([
    // The base of the published translation: a later base may belong to changes readers do not see yet.
    db().articleVersion.findUnique({ where: { id: translationId }, select: { publishedBase: { select: revisionTextSelect } } }),
    db().articleVersion.findUnique({ where: { id: sourceId }, select: { publishedRevision: { select: revisionTextSelect } } }),
  ]);
  const base = translation?.publishedBase;
  const published = source?.publishedRevision;
  if (!published) return null;
  return originalUpdatedSince(base ? revisionState(base) : null, { ...revisionState(published), savedAt: published.createdAt });
}

/**
 * The article for a reader of `locale`: the version in that language when it is published, else
 * the source (or another published language) — see shownLocale; the result's `locale` says which.
 * Null only when no language of the article is published.
 */
export async function getPublished(locale: Locale, slug: string): Promise<PublishedArticle | null> {
  const article = await db().article.findUnique({
    where: { slug },
    select: { versions: { where: PUBLISHED, select: { id: true, locale: true } } },
  });
  const versions = article?.versions ?? [];
  const locales = LOCALES.filter((candidate) => versions.some((version) => version.locale === candidate));
  const shown = versions.find((version) => version.locale === shownLocale(locale, locales));
  if (!shown) return null;
  const row = await db().articleVersion.findFirst({
    // PUBLISHED again: the version may have been unpublished since the first read.
    where: { id: shown.id, ...PUBLISHED },
    select: { ...teaserSelect, publishedRevision: { select: { title: true, summary: true, body: true } } },
  });
  if (!row?.publishedRevision) return null;
  const source = versions.find((version) => version.locale === SOURCE_LOCALE);
  return {
    ...toTeaser(row),
    body: ZRichTextDoc.parse(row.publishedRevision.body),
    locales,
    originalUpdatedAt: source && source !== shown ? await originalUpdatedAt(shown.id, source.id) : null,
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
