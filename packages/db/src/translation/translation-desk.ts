import {
  AppError,
  type ArticleListQuery,
  isOverdue,
  type ListPage,
  type Locale,
  perLocale,
  SOURCE_LOCALE,
  type Staleness,
  type TranslationRequest,
  type TranslationState,
  translationState,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { articleListOrder, articleListPage } from "../articles/articles";
import { db } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { rowHasUnpublishedChanges, toLocale } from "../mappers";
import { isOutdatedIn, translationStalenesses } from "./translation-status";

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

const articleSelect = {
  id: true,
  versions: { select: { locale: true, status: true, publishedAt: true, title: true, revision: true, publishedRevision: { select: { number: true } } } },
  assignments: { select: { locale: true, dueAt: true, assignee: { select: { name: true } } } },
} as const;

type ArticleRow = Awaited<ReturnType<typeof readArticles>>[number];

function readArticles(where: Prisma.ArticleWhereInput) {
  return db().article.findMany({ where, orderBy: articleListOrder, select: articleSelect });
}

/** Every language of one article as the desk shows it, outdated by the same rule as everywhere in the editor. */
function cellsOf(row: ArticleRow, stalenesses: ReadonlyMap<string, Staleness>, now: Date): { title: string; cells: Record<Locale, TranslationCellView> } {
  const source = row.versions.find((v) => v.locale === SOURCE_LOCALE);
  const sourceFacts = source ? { status: source.status, everPublished: source.publishedAt !== null } : null;
  const cells = perLocale((locale): TranslationCellView => {
    const version = row.versions.find((v) => v.locale === locale);
    const assignment = row.assignments.find((a) => a.locale === locale);
    const outdated = isOutdatedIn(stalenesses, row.id, locale);
    const state = translationState({
      source: sourceFacts,
      version: version ? { status: version.status, outdated } : null,
      requested: !!assignment,
    });
    const dueAt = assignment?.dueAt ?? null;
    const changesToPublish = !!version && rowHasUnpublishedChanges(version);
    return { state, changesToPublish, dueAt, assignee: assignment?.assignee?.name ?? null, overdue: isOverdue(dueAt, state, now) };
  });
  return { title: source?.title ?? "(untitled)", cells };
}

/** One page of article × language, newest change first and filtered as the article list is, for editors planning translations. */
export async function listTranslationMatrix(query: ArticleListQuery, now = new Date()): Promise<ListPage<TranslationMatrixRow>> {
  const { ids, next } = await articleListPage(query);
  // Independent reads of the same page: side by side, not one after the other.
  const [rows, stalenesses] = await Promise.all([readArticles({ id: { in: ids } }), translationStalenesses(ids)]);
  return { items: rows.map((row) => ({ articleId: row.id, ...cellsOf(row, stalenesses, now) })), next };
}

/** Every language of one article, as its language tabs show them: the same states as on the desk. */
export async function languageStatesOf(articleId: string, now = new Date()): Promise<Record<Locale, TranslationCellView> | null> {
  const [row] = await readArticles({ id: articleId });
  if (!row) return null;
  return cellsOf(row, await translationStalenesses([articleId]), now).cells;
}

/** A translator's assignments, soonest due first; those without a due date last. */
export async function listAssignmentsOf(userId: string, now = new Date()): Promise<AssignmentView[]> {
  // The assignments first, by their assignee's index: asking for articles that have one walked every article.
  const mine = await db().translationAssignment.findMany({ where: { assigneeId: userId }, select: { articleId: true, locale: true } });
  if (mine.length === 0) return [];
  const ids = [...new Set(mine.map((assignment) => assignment.articleId))];
  const [rows, stalenesses] = await Promise.all([readArticles({ id: { in: ids } }), translationStalenesses(ids)]);
  const views = mine.flatMap(({ articleId, locale }) => {
    const row = rows.find((r) => r.id === articleId);
    if (!row) return [];
    const { title, cells } = cellsOf(row, stalenesses, now);
    const code = toLocale(locale);
    return [{ articleId, title, locale: code, ...cells[code] }];
  });
  const due = (view: AssignmentView) => view.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return views.sort((a, b) => due(a) - due(b));
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
