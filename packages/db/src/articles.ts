import {
  AppError,
  ARTICLE_LIST_PAGE_SIZE,
  type Article,
  type ArticleListItem,
  type ArticleListQuery,
  type CreateArticleInput,
  EMPTY_DOC,
  encodeCursor,
  isSourceLocale,
  type Locale,
  type PublicationEvent,
  type SaveVersionInput,
  slugify,
  SOURCE_LOCALE,
  uniqueSlug,
  type ArticleVersion,
} from "@rightsdesk/domain";
import { parseRichText } from "@rightsdesk/rich-text";
import { type Actor, assertAllowed } from "./access";
import { changeArticle, type Revalidating } from "./article-footprint";
import { takenArticleSlugs } from "./article-slugs";
import { db } from "./client";
import { type Prisma } from "./generated/prisma/client";
import { tagSelect, toLocale, toTag, toVersion, versionWithBody } from "./mappers";
import { applyPublication, publicationInclude } from "./publication";
import { assertTagsExist } from "./tags";
import { isOutdatedIn, translationStalenesses } from "./translation-status";

const notFound = () => new AppError("not_found", "This article does not exist (it may have been deleted).");

/** What a line of an article list selects. */
export const articleListSelect = {
  id: true,
  slug: true,
  updatedAt: true,
  versions: { select: { locale: true, status: true, title: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.ArticleSelect;

/** Lines of an article list, each version with whether it is an outdated translation. */
export async function toArticleListItems(rows: Prisma.ArticleGetPayload<{ select: typeof articleListSelect }>[]): Promise<ArticleListItem[]> {
  const stalenesses = await translationStalenesses(rows.map((row) => row.id));
  return rows.map((row) => {
    const versions = row.versions.map((v) => {
      const locale = toLocale(v.locale);
      return { ...v, locale, outdated: isOutdatedIn(stalenesses, row.id, locale) };
    });
    const source = versions.find((v) => v.locale === SOURCE_LOCALE);
    return { id: row.id, slug: row.slug, updatedAt: row.updatedAt, title: source?.title ?? row.slug, versions };
  });
}

/** What an article list query matches: words of any version's title or summary, of the slug, or a linked person's name. */
function articleListWhere(query: ArticleListQuery): Prisma.ArticleWhereInput {
  const text = (field: string) => ({ contains: field, mode: "insensitive" as const });
  const and: Prisma.ArticleWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { slug: text(query.q) },
        { versions: { some: { OR: [{ title: text(query.q) }, { summary: text(query.q) }] } } },
        { persons: { some: { person: { OR: [{ name: text(query.q) }, { variants: { some: { name: text(query.q) } } }] } } } },
      ],
    });
  }
  if (query.status || query.locale) and.push({ versions: { some: { status: query.status, locale: query.locale } } });
  if (query.tag) and.push({ tags: { some: { tag: { slug: query.tag } } } });
  if (query.author) and.push({ authorId: query.author });
  // Keyset paging: the lines after the last one shown, in the list's order (newest change first, then id).
  const after = query.after;
  if (after) and.push({ OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.id } }] });
  return { AND: and };
}

/**
 * One page of the editor's article list, most recently changed first, searched and filtered as the query says;
 * `next` is where the following page starts, null on the last one.
 */
export async function listArticles(query: ArticleListQuery): Promise<{ items: ArticleListItem[]; next: string | null }> {
  const rows = await db().article.findMany({
    where: articleListWhere(query),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: articleListSelect,
    take: ARTICLE_LIST_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, ARTICLE_LIST_PAGE_SIZE);
  const last = page.at(-1);
  return { items: await toArticleListItems(page), next: rows.length > ARTICLE_LIST_PAGE_SIZE && last ? encodeCursor(last) : null };
}

/** The people who wrote articles, for the list's author filter. */
export function listArticleAuthors(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ where: { articles: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function getArticle(id: string): Promise<Article | null> {
  const row = await db().article.findUnique({
    where: { id },
    include: { versions: true, tags: { select: { tag: { select: tagSelect } } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    authorId: row.authorId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    tags: row.tags.map(({ tag }) => toTag(tag)),
    versions: row.versions.map(toVersion),
  };
}

async function chooseSlug(input: CreateArticleInput): Promise<string> {
  if (input.slug) {
    const taken = await takenArticleSlugs(input.slug);
    if (taken.has(input.slug)) throw new AppError("conflict", `The slug "${input.slug}" is already used by another article.`, { slug: "Already used" });
    return input.slug;
  }
  const base = slugify(input.title);
  if (!base) throw new AppError("validation", "The title has no letters or digits to make a slug from; enter a slug.", { slug: "Required for this title" });
  return uniqueSlug(base, await takenArticleSlugs(base));
}

/** A new article with its source-language version as revision 1. */
export async function createArticle(input: CreateArticleInput, actor: Actor): Promise<{ id: string; slug: string }> {
  assertAllowed(actor, { kind: "article.create" });
  const slug = await chooseSlug(input);
  return db().$transaction(async (tx) => {
    const article = await tx.article.create({ data: { slug, authorId: actor.id }, select: { id: true, slug: true } });
    const content = { title: input.title, summary: input.summary, body: EMPTY_DOC };
    const version = await tx.articleVersion.create({
      data: { articleId: article.id, locale: SOURCE_LOCALE, ...content, revision: 1 },
    });
    await tx.articleRevision.create({ data: { versionId: version.id, number: 1, authorId: actor.id, ...content } });
    return article;
  });
}

/**
 * Saves one language version as a new revision. A save based on anything but the stored revision is
 * refused as a conflict, so two people editing at once never silently overwrite each other.
 * The first save of a translation creates it, recording the source revision it was made from.
 * A save of a live version goes through the publication rule (`event` says whether it brings back an old
 * revision): readers keep the published revision until an editor publishes the changes.
 */
export async function saveVersion(
  articleId: string,
  locale: Locale,
  input: SaveVersionInput,
  actor: Actor,
  event: Extract<PublicationEvent, "save" | "restore_revision"> = "save",
): Promise<Revalidating<ArticleVersion>> {
  assertAllowed(actor, { kind: "version.edit", locale });
  // Whoever calls, only documents of the editor's schema with safe URLs are stored.
  const content = { title: input.title, summary: input.summary, body: parseRichText(input.body) };
  // The body (144 KiB for 20,000 words) is written, never read back: the save holds it, checked, already.
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw notFound();
    const existing = await tx.articleVersion.findUnique({ where: { articleId_locale: { articleId, locale } }, omit: { body: true } });
    const stored = existing?.revision ?? 0;
    if (stored !== input.baseRevision) {
      throw new AppError(
        "conflict",
        `Someone else saved this version (now revision ${stored}) after you opened revision ${input.baseRevision}. Your text is kept: compare the two and choose what to keep.`,
      );
    }
    // A save that changes nothing (a second click on Save) adds no revision: history shows real edits only.
    // The database compares the bodies as jsonb, which ignores the order of keys, as stored JSON reorders them.
    const unchanged =
      existing &&
      existing.title === content.title &&
      existing.summary === content.summary &&
      (await tx.articleVersion.count({ where: { id: existing.id, body: { equals: content.body } } })) === 1;
    if (unchanged) return { result: versionWithBody(existing, content.body), revalidate: [] };
    let versionId: string;
    if (existing) {
      // The revision in the WHERE makes the check and the write one atomic step.
      const updated = await tx.articleVersion.updateMany({
        where: { id: existing.id, revision: stored },
        data: { ...content, revision: stored + 1 },
      });
      if (updated.count !== 1) throw new AppError("conflict", "This version was saved by someone else a moment ago; reload to see it.");
      versionId = existing.id;
    } else {
      if (isSourceLocale(locale)) throw notFound();
      const sourceRevision = await tx.articleRevision.findFirst({
        where: { version: { articleId, locale: SOURCE_LOCALE } },
        orderBy: { number: "desc" },
        select: { id: true },
      });
      // Two translators may start the same translation at once: the database lets one create it, the other is told.
      const created = await tx.articleVersion.createMany({
        data: [{ articleId, locale, ...content, revision: 1, basedOnRevisionId: sourceRevision?.id ?? null }],
        skipDuplicates: true,
      });
      if (created.count !== 1) {
        throw new AppError(
          "conflict",
          "Someone else saved this translation first, a moment ago. Your text is kept: compare the two and choose what to keep.",
        );
      }
      const row = await tx.articleVersion.findUniqueOrThrow({ where: { articleId_locale: { articleId, locale } }, select: { id: true } });
      versionId = row.id;
    }
    await tx.articleRevision.create({ data: { versionId, number: stored + 1, authorId: actor.id, ...content }, select: { id: true } });
    // Only a live version's save can concern readers; a draft's autosaves add a revision and nothing else.
    let revalidate: string[] = [];
    if (existing?.status === "published") {
      const live = await tx.articleVersion.findUniqueOrThrow({ where: { id: versionId }, include: publicationInclude, omit: { body: true } });
      revalidate = await applyPublication(tx, live, event, { actorId: actor.id, now: new Date() });
    }
    await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() }, select: { id: true } });
    const saved = await tx.articleVersion.findUniqueOrThrow({ where: { id: versionId }, omit: { body: true } });
    return { result: versionWithBody(saved, content.body), revalidate };
  });
}

export async function setArticleTags(articleId: string, tagIds: readonly string[], actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "article.tag" });
  await assertTagsExist(tagIds);
  const unique = [...new Set(tagIds)];
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw notFound();
    return changeArticle(tx, articleId, async () => {
      await tx.articleTag.deleteMany({ where: { articleId } });
      await tx.articleTag.createMany({ data: unique.map((tagId) => ({ articleId, tagId })) });
    });
  });
}
