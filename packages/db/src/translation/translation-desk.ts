import {
  AppError,
  type ArticleListQuery,
  hasUnpublishedChanges,
  isOutdated,
  isOverdue,
  keysetPage,
  type ListPage,
  type Locale,
  LOCALES,
  perLocale,
  SOURCE_LOCALE,
  TRANSLATION_DESK_PAGE_SIZE,
  type TranslationRequest,
  type TranslationState,
  translationState,
  VERSION_STATUSES,
  ZStaleness,
} from "@rightsdesk/domain";
import { z } from "zod";
import { type Actor, assertAllowed } from "../access/access";
import { articleListPageSql, articleListPosition } from "../articles/articles";
import { db } from "../infra/client";
import { Prisma } from "../generated/prisma/client";
import { stalenessColumn, stalenessJoins } from "./translation-status";

const { sql } = Prisma;

export type TranslationCellView = {
  state: TranslationState;
  /** Published, with later saves that wait for an editor to publish them. */
  changesToPublish: boolean;
  dueAt: Date | null;
  assignee: string | null;
  overdue: boolean;
};

export type TranslationMatrixRow = {
  articleId: string;
  title: string;
  cells: Record<Locale, TranslationCellView>;
};

export type AssignmentView = TranslationCellView & { articleId: string; title: string; locale: Locale };

/** One article × configured language as the desk reads it, parsed: a raw query's rows are whatever the database sends. */
const ZDeskRow = z
  .object({
    articleId: z.string(),
    updatedAt: z.date(),
    sortTitle: z.string().nullable(),
    locale: z.enum(LOCALES),
    // The version's columns, null where the language has none.
    status: z.enum(VERSION_STATUSES).nullable(),
    title: z.string().nullable(),
    revision: z.number().nullable(),
    publishedRevision: z.number().nullable(),
    everPublished: z.boolean(),
    staleness: ZStaleness.nullable(),
    assigned: z.boolean(),
    assigneeId: z.string().nullable(),
    assignee: z.string().nullable(),
    dueAt: z.date().nullable(),
  })
  .transform(({ status, title, revision, publishedRevision, everPublished, staleness, assigned, assigneeId, assignee, dueAt, ...row }) => ({
    ...row,
    version: status !== null && title !== null && revision !== null ? { status, title, revision, publishedRevision, everPublished } : null,
    outdated: staleness !== null && isOutdated(staleness),
    assignment: assigned ? { assigneeId, assignee, dueAt } : null,
  }));
type DeskRow = z.output<typeof ZDeskRow>;
type DeskArticle = { id: string; updatedAt: Date; sortTitle: string | null; rows: DeskRow[] };

/**
 * The articles that `articles` (an SQL query of their id, "updatedAt" and "sortTitle", as `articleListPageSql`
 * gives them) selects, each with every language's version, assignment and staleness, in the article list's order
 * (by title where "sortTitle" is set, else newest change first), in one query: the embedded database serves one
 * connection, so each further query is a round trip after the others (the nested reads took five, staleness a sixth).
 */
async function readDesk(articles: Prisma.Sql): Promise<DeskArticle[]> {
  const rows = ZDeskRow.array().parse(
    await db().$queryRaw`
      WITH page AS (${articles})
      SELECT p.id AS "articleId", p."updatedAt", p."sortTitle", l.locale,
        t.status::text AS status, t.title, t.revision, pr.number AS "publishedRevision", t."publishedAt" IS NOT NULL AS "everPublished",
        CASE WHEN l.locale = ${SOURCE_LOCALE} THEN NULL ELSE ${stalenessColumn} END AS staleness,
        a."articleId" IS NOT NULL AS assigned, a."assigneeId", u.name AS assignee, a."dueAt"
      FROM page p
      CROSS JOIN unnest(${[...LOCALES]}::text[]) AS l(locale)
      LEFT JOIN "ArticleVersion" t ON t."articleId" = p.id AND t.locale = l.locale
      LEFT JOIN "ArticleRevision" pr ON pr.id = t."publishedRevisionId"
      LEFT JOIN "TranslationAssignment" a ON a."articleId" = p.id AND a.locale = l.locale
      LEFT JOIN "User" u ON u.id = a."assigneeId"
      ${stalenessJoins}
      ORDER BY p."sortTitle" ASC, CASE WHEN p."sortTitle" IS NULL THEN p."updatedAt" END DESC, p.id ASC`,
  );
  const grouped: DeskArticle[] = [];
  for (const row of rows) {
    const last = grouped.at(-1);
    if (last?.id === row.articleId) last.rows.push(row);
    else grouped.push({ id: row.articleId, updatedAt: row.updatedAt, sortTitle: row.sortTitle, rows: [row] });
  }
  return grouped;
}

/** Every language of one article as the desk shows it, outdated by the same rule as everywhere in the editor. */
function cellsOf(article: DeskArticle, now: Date): { title: string; cells: Record<Locale, TranslationCellView> } {
  const byLocale = new Map(article.rows.map((row) => [row.locale, row]));
  const source = byLocale.get(SOURCE_LOCALE)?.version;
  const sourceFacts = source ? { status: source.status, everPublished: source.everPublished } : null;
  const cells = perLocale((locale): TranslationCellView => {
    const row = byLocale.get(locale);
    const version = row?.version;
    const state = translationState({
      source: sourceFacts,
      version: version ? { status: version.status, outdated: row.outdated } : null,
      requested: !!row?.assignment,
    });
    const dueAt = row?.assignment?.dueAt ?? null;
    const changesToPublish = !!version && hasUnpublishedChanges(version);
    return { state, changesToPublish, dueAt, assignee: row?.assignment?.assignee ?? null, overdue: isOverdue(dueAt, state, now) };
  });
  return { title: source?.title ?? "(untitled)", cells };
}

/** One page of article × language, ordered and filtered as the article list is, for editors planning translations. */
export async function listTranslationMatrix(query: ArticleListQuery, now = new Date()): Promise<ListPage<TranslationMatrixRow>> {
  // The page's articles (one more than a page, to know whether another follows) and their cells in one query.
  const rows = await readDesk(articleListPageSql(query, TRANSLATION_DESK_PAGE_SIZE));
  const { items, next } = keysetPage(rows, articleListPosition, TRANSLATION_DESK_PAGE_SIZE);
  return { items: items.map((article) => ({ articleId: article.id, ...cellsOf(article, now) })), next };
}

/** Every language of one article, as its language tabs show them: the same states as on the desk. */
export async function languageStatesOf(articleId: string, now = new Date()): Promise<Record<Locale, TranslationCellView> | null> {
  const [article] = await readDesk(sql`SELECT id, "updatedAt", NULL::text AS "sortTitle" FROM "Article" WHERE id = ${articleId}`);
  return article ? cellsOf(article, now).cells : null;
}

/** A translator's assignments, soonest due first, those without a due date last; one article's in the desk's language order. */
export async function listAssignmentsOf(userId: string, now = new Date()): Promise<AssignmentView[]> {
  // The articles by their assignments' assignee index: asking for articles that have one walked every article.
  const articles = await readDesk(sql`SELECT id, "updatedAt", NULL::text AS "sortTitle" FROM "Article" WHERE id IN (SELECT "articleId" FROM "TranslationAssignment" WHERE "assigneeId" = ${userId})`);
  const views = articles.flatMap((article) => {
    const { title, cells } = cellsOf(article, now);
    return article.rows.filter((row) => row.assignment?.assigneeId === userId).map(({ locale }): AssignmentView => ({ articleId: article.id, title, locale, ...cells[locale] }));
  });
  const due = (view: AssignmentView) => view.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  // The rows of an article come in no set order from the database: equal due dates keep the desk's column order.
  return views.sort((a, b) => due(a) - due(b) || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

/** People a translation can be assigned to: active translators. */
export function listTranslators(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ where: { role: "translator", deactivatedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Requests (or re-plans) translations of an article: one assignment per language, the latest request wins. */
export async function requestTranslations(articleId: string, request: TranslationRequest, actor: Actor): Promise<void> {
  assertAllowed(actor, { kind: "translation.request" });
  await db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new AppError("not_found", "This article does not exist (it may have been deleted).");
    if (request.assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: request.assigneeId }, select: { role: true, deactivatedAt: true } });
      if (assignee?.role !== "translator" || assignee.deactivatedAt) {
        throw new AppError("validation", "Choose one of the translators.", { assigneeId: "Not a translator" });
      }
    }
    for (const locale of request.locales) {
      const plan = { assigneeId: request.assigneeId, dueAt: request.dueDate };
      await tx.translationAssignment.upsert({
        where: { articleId_locale: { articleId, locale } },
        create: { articleId, locale, requestedById: actor.id, ...plan },
        update: { requestedById: actor.id, ...plan },
      });
    }
  });
}
