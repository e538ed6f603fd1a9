import {
  AppError,
  movePointer,
  planPublication,
  type PublicationEvent,
  type PublicationPlan,
} from "@rightsdesk/domain";
import { changeArticle } from "../articles/article-footprint";
import { recordAudit } from "../access/audit";
import { type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { rowHasUnpublishedChanges, toLocale } from "../mappers";

/*
 * The one way a change of what readers see is written: the domain's publication rule, applied to one
 * version inside the caller's transaction, with its audit entry and the public pages it made stale.
 */

/** What the rule needs of a version: read it with this include, in the transaction that changes it. */
export const publicationInclude = {
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, authorId: true } },
  publishedRevision: { select: { number: true } },
} satisfies Prisma.ArticleVersionInclude;
// The body is not needed, and a 20,000-word save does not read it back.
export type PublicationTarget = Omit<Prisma.ArticleVersionGetPayload<{ include: typeof publicationInclude }>, "body">;

export type PublicationOptions = {
  /** Null when the scheduler acts. */
  actorId: string | null;
  now: Date;
  /** For a review: the source revision the translator reviewed. */
  reviewed?: { id: string; number: number };
};

export const statusConflict = () => new AppError("conflict", "Someone changed this version's status a moment ago; reload to see it.");

/** The columns the plan changes, and only those. */
function publicationUpdate(plan: PublicationPlan, version: PublicationTarget, options: PublicationOptions): Prisma.ArticleVersionUncheckedUpdateManyInput {
  const data: Prisma.ArticleVersionUncheckedUpdateManyInput = {};
  if (plan.status) data.status = plan.status;
  if (plan.publishedRevision !== "kept") {
    data.publishedRevisionId = movePointer(plan.publishedRevision, { latest: version.revisions[0]?.id ?? null, current: version.publishedRevisionId });
  }
  if (plan.publishedBase !== "kept") {
    data.publishedBaseRevisionId = movePointer(plan.publishedBase, {
      latest: version.basedOnRevisionId,
      reviewed: options.reviewed?.id,
      current: version.publishedBaseRevisionId,
    });
  }
  // A first publication is dated when it was announced for, not when the scheduler got to it.
  if (plan.firstPublishedAt) data.publishedAt = version.publishedAt ?? (plan.firstPublishedAt === "scheduled" ? version.scheduledAt : null) ?? options.now;
  if (plan.clearsSchedule) data.scheduledAt = null;
  return data;
}

/**
 * Applies the publication rule for `event` to a version read (with `publicationInclude`) in the transaction `tx`:
 * moves the published pointers on condition that the version is still as it was read (two clicks or two scheduler
 * runs cannot both apply; the loser gets a conflict), writes the audit entry, and returns the public cache tags to
 * revalidate, from the article's footprint before and after the change, both read in this transaction.
 */
export async function applyPublication(tx: Tx, version: PublicationTarget, event: PublicationEvent, options: PublicationOptions): Promise<string[]> {
  const plan = planPublication(event, { status: version.status, unpublishedChanges: rowHasUnpublishedChanges(version) });
  const write = async () => {
    const data = publicationUpdate(plan, version, options);
    if (Object.keys(data).length > 0) {
      const updated = await tx.articleVersion.updateMany({
        where: { id: version.id, status: version.status, scheduledAt: version.scheduledAt, publishedRevisionId: version.publishedRevisionId },
        data,
      });
      if (updated.count !== 1) throw statusConflict();
    }
    if (plan.audit) {
      const locale = toLocale(version.locale);
      const scheduledAt = plan.firstPublishedAt === "scheduled" ? (version.scheduledAt?.toISOString() ?? null) : null;
      await recordAudit(
        {
          action: plan.audit.action,
          actorId: options.actorId,
          targetType: "version",
          targetId: version.id,
          summary: plan.audit.summary({ title: version.title, locale, reviewedSourceRevision: options.reviewed?.number ?? null }),
          details: { articleId: version.articleId, locale, from: version.status, to: plan.status ?? version.status, scheduledAt },
        },
        tx,
      );
    }
  };
  if (!plan.revalidate) {
    await write();
    return [];
  }
  return (await changeArticle(tx, version.articleId, write)).revalidate;
}
