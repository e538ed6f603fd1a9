import {
  AppError,
  ARTICLE_LIST_PAGE_SIZE,
  type Article,
  type ArticleListItem,
  type ArticleListQuery,
  type CreateArticleInput,
  EMPTY_DOC,
  keysetPage,
  type ListPage,
  OUTDATED_FILTER,
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
import { type Actor, assertAllowed } from "../access/access";
import { changeArticle, type Revalidating } from "./article-footprint";
import { takenArticleSlugs } from "./article-slugs";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { wholeJson } from "../infra/whole-json";
import { tagSelect, toLocale, toTag, toVersion, versionWithBody } from "../mappers";
import { applyPublication, publicationInclude } from "../workflow/publication";
import { assertTagsExist } from "./tags";
import { isOutdatedIn, translationStalenesses } from "../translation/translation-status";

const { sql, join, empty } = Prisma;

const notFound = () => new AppError("not_found", "This article does not exist (it may have been deleted).");

/** What a line of an article list selects. */
export const articleListSelect = {
  id: true,
  slug: true,
  updatedAt: true,
  author: { select: { name: true } },
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
    return { id: row.id, slug: row.slug, author: row.author.name, updatedAt: row.updatedAt, title: source?.title ?? row.slug, versions };
  });
}

/** `text` as a LIKE pattern that finds it anywhere, its own wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The statement behind one page of the editor's article list: the ids of the articles the query matches
 * (words of any version's title or summary, of the slug, or a linked person's name; status, language, tag,
 * author, an outdated translation), in the query's order, one more than a page, each with its "updatedAt" and
 * "sortTitle" (null unless sorted by title). It walks an index in the list's order (the articles' ("updatedAt", id),
 * or the source versions' (locale, title, "articleId")) and stops after a page, so its cost does not grow with the
 * newsroom's years of articles. Exported so that a test can EXPLAIN the very statement the list runs.
 */
export function articleListPageSql(query: ArticleListQuery, pageSize = ARTICLE_LIST_PAGE_SIZE): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (query.q) {
    const pattern = containing(query.q);
    and.push(sql`(a.slug ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "ArticleVersion" v WHERE v."articleId" = a.id AND (v.title ILIKE ${pattern} OR v.summary ILIKE ${pattern}))
      OR EXISTS (SELECT 1 FROM "ArticlePerson" ap JOIN "Person" p ON p.id = ap."personId" WHERE ap."articleId" = a.id
        AND (p.name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM "PersonNameVariant" n WHERE n."personId" = p.id AND n.name ILIKE ${pattern}))))`);
  }
  if (query.status || query.locale) {
    const status = query.status ? sql`AND v.status = ${query.status}::"VersionStatus"` : empty;
    const locale = query.locale ? sql`AND v.locale = ${query.locale}` : empty;
    and.push(sql`EXISTS (SELECT 1 FROM "ArticleVersion" v WHERE v."articleId" = a.id ${status} ${locale})`);
  }
  if (query.tag) and.push(sql`EXISTS (SELECT 1 FROM "ArticleTag" t JOIN "Tag" g ON g.id = t."tagId" WHERE t."articleId" = a.id AND g.slug = ${query.tag})`);
  if (query.author) and.push(sql`a."authorId" = ${query.author}`);
  if (query.translation === OUTDATED_FILTER) {
    // The cheap half of the staleness rule (the source has a newer revision than the translation's base, or
    // it names none); the list then drops the rare line whose source text came back to what it was.
    const locale = query.locale ? sql`AND t.locale = ${query.locale}` : empty;
    and.push(sql`EXISTS (SELECT 1 FROM "ArticleVersion" t
      JOIN "ArticleVersion" s ON s."articleId" = t."articleId" AND s.locale = ${SOURCE_LOCALE}
      LEFT JOIN "ArticleRevision" b ON b.id = t."basedOnRevisionId"
      WHERE t."articleId" = a.id AND t.locale <> ${SOURCE_LOCALE} ${locale} AND (b.id IS NULL OR s.revision > b.number))`);
  }
  // Keyset paging: the lines after the last one shown, in the list's order (then by id).
  const after = query.after;
  if (after && "title" in after) and.push(sql`(s.title > ${after.title} OR (s.title = ${after.title} AND s."articleId" > ${after.id}))`);
  else if (after) and.push(sql`(a."updatedAt" < ${after.updatedAt} OR (a."updatedAt" = ${after.updatedAt} AND a.id > ${after.id}))`);
  // By title: the source version's (every article has one), walking its (locale, title, "articleId") index.
  const byTitle = query.sort === "title";
  if (byTitle) and.push(sql`s.locale = ${SOURCE_LOCALE}`);
  const where = and.length > 0 ? sql`WHERE ${join(and, " AND ")}` : empty;
  if (byTitle) {
    return sql`SELECT a.id, a."updatedAt", s.title AS "sortTitle" FROM "ArticleVersion" s JOIN "Article" a ON a.id = s."articleId"
      ${where} ORDER BY s.title ASC, s."articleId" ASC LIMIT ${pageSize + 1}`;
  }
  return sql`SELECT a.id, a."updatedAt", NULL::text AS "sortTitle" FROM "Article" a ${where} ORDER BY a."updatedAt" DESC, a.id ASC LIMIT ${pageSize + 1}`;
}

/** A line of a page of the list, as `articleListPageSql` selects it. */
export type ArticleListLine = { id: string; updatedAt: Date; sortTitle: string | null };

/** The position after a line, in the list's order. */
export const articleListPosition = (line: ArticleListLine): string | Date => line.sortTitle ?? line.updatedAt;

/** The ids of one page of the article list, in order. */
export async function articleListPage(query: ArticleListQuery): Promise<{ ids: string[]; next: string | null }> {
  const { items, next } = keysetPage(await db().$queryRaw<ArticleListLine[]>(articleListPageSql(query)), articleListPosition);
  return { ids: items.map((row) => row.id), next };
}

/**
 * One page of the editor's article list, in the order the query asks (most recently changed first unless
 * sorted by title), searched and filtered as it says; `next` is where the following page starts, null on the last one.
 */
export async function listArticles(query: ArticleListQuery): Promise<ListPage<ArticleListItem>> {
  const { ids, next } = await articleListPage(query);
  const rows = await db().article.findMany({ where: { id: { in: ids } }, select: articleListSelect });
  const place = new Map(ids.map((id, index) => [id, index]));
  const items = await toArticleListItems(rows.sort((a, b) => (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0)));
  // An outdated-translation filter keeps only lines the full rule (comparing texts) confirms.
  const shown = query.translation === OUTDATED_FILTER ? items.filter((item) => item.versions.some((v) => v.outdated && (!query.locale || v.locale === query.locale))) : items;
  return { items: shown, next };
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
  const body = parseRichText(input.body);
  const content = { title: input.title, summary: input.summary, body: wholeJson(body) };
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
    if (unchanged) return { result: versionWithBody(existing, body), revalidate: [] };
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
    return { result: versionWithBody(saved, body), revalidate };
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
