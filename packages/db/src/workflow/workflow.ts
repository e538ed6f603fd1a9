import {
  AppError,
  type ArticleVersion,
  decideTransition,
  isAppError,
  type Locale,
  publicationEventOf,
  type Reviewer,
  scheduleProblem,
  type Transition,
  type TransitionInput,
  type VersionStatus,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { type AuditAction, recordAudit } from "../access/audit";
import { db, type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";
import { rowHasUnpublishedChanges, toLocale, toVersion } from "../mappers";
import { assertMediaPublishable } from "../media/assets";
import { type Revalidating } from "../articles/article-footprint";
import { applyPublication, publicationInclude, statusConflict } from "./publication";

const missingVersion = () => new AppError("not_found", "Save this language version before changing its status.");

/** The moves that change nothing readers see and that the audit log keeps, with the verb its summary starts with. */
const AUDITED: Partial<Record<Transition, { action: AuditAction; verb: string }>> = {
  schedule: { action: "version.schedule", verb: "Scheduled" },
  unschedule: { action: "version.schedule", verb: "Unscheduled" },
};

/** Only active editors and admins review, so a request can never land with someone who may not approve. */
async function assertReviewer(tx: Tx, reviewerId: string): Promise<void> {
  const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { role: true, deactivatedAt: true } });
  if (!reviewer || reviewer.role === "translator") {
    throw new AppError("validation", "Choose an editor or admin as reviewer.", { reviewerId: "Not an editor or admin" });
  }
  if (reviewer.deactivatedAt) throw new AppError("validation", "This reviewer's account is deactivated; choose someone else.", { reviewerId: "Deactivated" });
}

/** What a move that changes nothing readers see writes; publication, unpublishing and archiving go through applyPublication. */
function changesFor(
  transition: Transition,
  to: VersionStatus,
  input: TransitionInput,
  current: { reviewerId: string | null },
): Prisma.ArticleVersionUncheckedUpdateManyInput {
  switch (transition) {
    case "submit":
      return { status: to, reviewerId: input.reviewerId ?? current.reviewerId };
    case "schedule":
      return { status: to, scheduledAt: input.scheduledAt };
    default:
      // Leaving "scheduled" in any other way forgets the time, so nothing publishes it later.
      return { status: to, scheduledAt: null };
  }
}

/** A move readers do not see (review, scheduling, back from the archive): the status change, and its audit entry if it has one. */
async function moveUnseen(
  tx: Tx,
  version: { id: string; articleId: string; locale: Locale; title: string; status: VersionStatus; reviewerId: string | null },
  move: TransitionInput & { to: VersionStatus },
  actor: Actor,
): Promise<string[]> {
  const updated = await tx.articleVersion.updateMany({
    where: { id: version.id, status: version.status },
    data: changesFor(move.transition, move.to, move, version),
  });
  if (updated.count !== 1) throw statusConflict();
  const audited = AUDITED[move.transition];
  if (audited) {
    const when = move.scheduledAt ? ` for ${move.scheduledAt.toISOString()}` : "";
    await recordAudit(
      {
        action: audited.action,
        actorId: actor.id,
        targetType: "version",
        targetId: version.id,
        summary: `${audited.verb} “${version.title}” (${version.locale})${when}`,
        details: { articleId: version.articleId, locale: version.locale, from: version.status, to: move.to, scheduledAt: move.scheduledAt?.toISOString() ?? null },
      },
      tx,
    );
  }
  // No public page shows this version, before or after.
  return [];
}

/**
 * Moves one language version to its next state, in one transaction: the domain rule decides, the update is
 * conditional on the status it was read with (two clicks at once cannot both apply), and publishing,
 * unpublishing and archiving go through the publication path, which logs them and names the public pages to
 * revalidate; scheduling lands in the audit log with the change.
 */
export async function transitionVersion(
  articleId: string,
  locale: Locale,
  input: TransitionInput,
  actor: Actor,
  now: Date = new Date(),
): Promise<Revalidating<ArticleVersion>> {
  const late = scheduleProblem(input, now);
  if (late) throw new AppError("validation", late, { scheduledAt: late });
  const { transition } = input;
  return db().$transaction(async (tx) => {
    const version = await tx.articleVersion.findUnique({ where: { articleId_locale: { articleId, locale } }, include: publicationInclude });
    if (!version) throw missingVersion();
    const decision = decideTransition(
      {
        role: actor.role,
        locale,
        status: version.status,
        isAuthor: version.revisions[0]?.authorId === actor.id,
        unpublishedChanges: rowHasUnpublishedChanges(version),
      },
      transition,
    );
    if (!decision.allowed) throw new AppError(decision.code, decision.reason);
    if (input.reviewerId) await assertReviewer(tx, input.reviewerId);
    // What goes (or is set to go) live must describe every image it shows.
    if (decision.to === "published" || decision.to === "scheduled") await assertMediaPublishable(toVersion(version).body, tx);

    const event = publicationEventOf(transition, version.status);
    const revalidate = event
      ? await applyPublication(tx, version, event, { actorId: actor.id, now })
      : await moveUnseen(tx, { ...version, locale }, { ...input, to: decision.to }, actor);
    return { result: toVersion(await tx.articleVersion.findUniqueOrThrow({ where: { id: version.id } })), revalidate };
  });
}

/** Asks an editor or admin to review one language version, or (null) takes the request back. */
export async function assignReviewer(articleId: string, locale: Locale, reviewerId: string | null, actor: Actor): Promise<ArticleVersion> {
  // Whoever may work on a version may ask someone to look at it.
  assertAllowed(actor, { kind: "version.edit", locale });
  return db().$transaction(async (tx) => {
    const version = await tx.articleVersion.findUnique({ where: { articleId_locale: { articleId, locale } }, select: { id: true } });
    if (!version) throw new AppError("not_found", "Save this language version before asking for a review.");
    if (reviewerId) await assertReviewer(tx, reviewerId);
    return toVersion(await tx.articleVersion.update({ where: { id: version.id }, data: { reviewerId } }));
  });
}

/**
 * Who may be asked to review: active editors and admins, by name. The reviewer a version names already stays
 * in its list even once deactivated (marked so), so that the picker shows who was asked rather than "Any editor".
 */
export async function listReviewers(version?: { articleId: string; locale: Locale }): Promise<Reviewer[]> {
  const rows = await db().user.findMany({
    where: { OR: [{ role: { in: ["editor", "admin"] }, deactivatedAt: null }, ...(version ? [{ reviewing: { some: version } }] : [])] },
    select: { id: true, name: true, role: true, deactivatedAt: true },
    orderBy: { name: "asc" },
  });
  return rows.map(({ deactivatedAt, ...reviewer }) => ({ ...reviewer, deactivated: deactivatedAt !== null }));
}

/** Whether the user wrote the latest revision of a version: a translator may take back only their own submission. */
export async function isLatestAuthor(articleId: string, locale: Locale, userId: string): Promise<boolean> {
  const latest = await db().articleRevision.findFirst({
    where: { version: { articleId, locale } },
    orderBy: { number: "desc" },
    select: { authorId: true },
  });
  return latest?.authorId === userId;
}

export type PublishedBySchedule = {
  versionId: string;
  articleId: string;
  locale: Locale;
  title: string;
  scheduledAt: Date;
  /** The public cache tags its publication made stale. */
  revalidate: string[];
};

/** Publishes one due version, or returns null when someone (another runner, an editor) changed it first. */
async function publishDue(versionId: string, now: Date): Promise<PublishedBySchedule | null> {
  try {
    return await db().$transaction(async (tx) => {
      const version = await tx.articleVersion.findUnique({ where: { id: versionId }, include: publicationInclude });
      const scheduledAt = version?.scheduledAt;
      if (version?.status !== "scheduled" || !scheduledAt || scheduledAt > now) return null;
      const revalidate = await applyPublication(tx, version, "publish_scheduled", { actorId: null, now });
      return { versionId, articleId: version.articleId, locale: toLocale(version.locale), title: version.title, scheduledAt, revalidate };
    });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") return null;
    throw error;
  }
}

/**
 * Publishes every scheduled version whose time has come. Each is published by a conditional update, so two
 * processes running this at once, or a run repeated after a restart, publish each version exactly once.
 */
export async function publishDueVersions(now: Date): Promise<PublishedBySchedule[]> {
  const due = await db().articleVersion.findMany({
    where: { status: "scheduled", scheduledAt: { lte: now } },
    select: { id: true },
    orderBy: { scheduledAt: "asc" },
  });
  const published: PublishedBySchedule[] = [];
  for (const { id } of due) {
    const done = await publishDue(id, now);
    if (done) published.push(done);
  }
  return published;
}

/** The number of the revision readers see of a published version; null when none is published. */
export async function getPublishedRevisionNumber(articleId: string, locale: Locale): Promise<number | null> {
  const version = await db().articleVersion.findUnique({
    where: { articleId_locale: { articleId, locale } },
    select: { status: true, publishedRevision: { select: { number: true } } },
  });
  return version?.status === "published" ? (version.publishedRevision?.number ?? null) : null;
}
