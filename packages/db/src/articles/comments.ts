import { AppError, decideComment, type Locale, type NewComment, type ReviewComment } from "@rightsdesk/domain";
import { type Actor, assertDecision } from "../access/access";
import { db } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";

const commentSelect = {
  id: true,
  quote: true,
  anchorFrom: true,
  anchorTo: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { name: true } },
} satisfies Prisma.ReviewCommentSelect;

type CommentRow = Prisma.ReviewCommentGetPayload<{ select: typeof commentSelect }>;

const toComment = (row: CommentRow, actor: Actor): ReviewComment => ({
  ...row,
  canResolve: decideComment(actor, { kind: "comment.resolve", authorId: row.author.id }).allowed,
});

const ofVersion = (articleId: string, locale: Locale) => ({ version: { articleId, locale } });

/** The review comments of one language version, oldest first, as the actor may act on them. */
export async function listComments(articleId: string, locale: Locale, actor: Actor): Promise<ReviewComment[]> {
  const rows = await db().reviewComment.findMany({
    where: ofVersion(articleId, locale),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentSelect,
  });
  return rows.map((row) => toComment(row, actor));
}

export async function addComment(articleId: string, locale: Locale, input: NewComment, actor: Actor): Promise<ReviewComment> {
  assertDecision(decideComment(actor, { kind: "comment.add" }));
  const version = await db().articleVersion.findUnique({ where: { articleId_locale: { articleId, locale } }, select: { id: true } });
  if (!version) throw new AppError("not_found", "Save this language version before commenting on it.");
  const row = await db().reviewComment.create({
    data: { versionId: version.id, authorId: actor.id, ...input },
    select: commentSelect,
  });
  return toComment(row, actor);
}

/** Resolves or reopens a comment of this version; who resolved it is kept until it is reopened. */
export async function setCommentResolved(
  articleId: string,
  locale: Locale,
  commentId: string,
  resolved: boolean,
  actor: Actor,
): Promise<ReviewComment> {
  const existing = await db().reviewComment.findFirst({
    where: { id: commentId, ...ofVersion(articleId, locale) },
    select: { authorId: true },
  });
  if (!existing) throw new AppError("not_found", "This comment does not exist (it may have been deleted with its version).");
  assertDecision(decideComment(actor, { kind: "comment.resolve", authorId: existing.authorId }));
  const row = await db().reviewComment.update({
    where: { id: commentId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    select: commentSelect,
  });
  return toComment(row, actor);
}
