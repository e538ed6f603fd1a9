import { type VersionStatus } from "./article";
import { type Locale } from "./locale";
import { type Transition, TRANSITION_RULES } from "./workflow";

/*
 * What readers see of a language version, and every way it changes. Readers see a published version's
 * published revision (and, for a translation, the source revision that one was made from); nothing else
 * reaches them. Every save only adds a revision: it waits until an editor publishes the changes. This is the
 * one rule for it: the data layer applies it in one command, and the editor asks it what readers see after a move.
 */

export const PUBLICATION_EVENTS = [
  /** An editor publishes a version readers do not see yet. */
  "publish",
  /** The scheduler publishes a version whose time has come. */
  "publish_scheduled",
  /** An editor publishes what was saved since the publication, by anyone ("Publish changes"). */
  "publish_changes",
  /** Anyone's save of a live version (typing, an imported XLIFF file). */
  "save",
  /** An old revision of a live version brought back: saved as a new revision like any save. */
  "restore_revision",
  "unpublish",
  "archive",
  /** A translator marks a translation up to date with the source revision they reviewed. */
  "review",
] as const;
export type PublicationEvent = (typeof PUBLICATION_EVENTS)[number];

/** Where a published pointer goes: to the latest revision (or its source revision), to the reviewed source revision, to nothing, or nowhere. */
export type PointerMove = "latest" | "reviewed" | "cleared" | "kept";

/** The audit log's actions for what readers see (the data layer's log knows them all). */
export type PublicationAuditAction = "version.publish" | "version.unpublish" | "version.archive" | "version.reviewed";

/** What an audit summary names. */
export type PublicationAuditFacts = { title: string; locale: Locale; /** The source revision reviewed, for a review. */ reviewedSourceRevision: number | null };

export type PublicationPlan = {
  /** The version's status after the event; null keeps it. */
  status: VersionStatus | null;
  /** The revision readers see. */
  publishedRevision: PointerMove;
  /** The source revision the text readers see was made from ("latest": the latest revision's). */
  publishedBase: PointerMove;
  /** A first publication is dated now, or when it was scheduled for; a later one keeps the first date. */
  firstPublishedAt: "now" | "scheduled" | null;
  /** Whether a publication time is forgotten, so that nothing publishes the version later. */
  clearsSchedule: boolean;
  audit: { action: PublicationAuditAction; summary: (facts: PublicationAuditFacts) => string } | null;
  /** Whether what readers see changed: then the article's public pages, before and after, are revalidated. */
  revalidate: boolean;
};

/** What the plan depends on: the version as it was read. */
export type PublicationState = {
  status: VersionStatus;
  /** It is published and has saves readers do not see yet. */
  unpublishedChanges: boolean;
};

const named = (verb: string, tail = "") => (facts: PublicationAuditFacts) => `${verb} “${facts.title}” (${facts.locale})${tail}`;

const NOTHING: PublicationPlan = {
  status: null,
  publishedRevision: "kept",
  publishedBase: "kept",
  firstPublishedAt: null,
  clearsSchedule: false,
  audit: null,
  revalidate: false,
};

/** A publication: readers see the latest revision from now on. */
const publication = (firstPublishedAt: PublicationPlan["firstPublishedAt"], audit: NonNullable<PublicationPlan["audit"]>): PublicationPlan => ({
  status: TRANSITION_RULES.publish.to,
  publishedRevision: "latest",
  publishedBase: "latest",
  firstPublishedAt,
  clearsSchedule: true,
  audit,
  revalidate: true,
});

/** Leaving "published" (or never reaching it) leaves readers nothing to see. */
const withdrawal = (transition: "unpublish" | "archive", state: PublicationState, audit: NonNullable<PublicationPlan["audit"]>): PublicationPlan => ({
  status: TRANSITION_RULES[transition].to,
  publishedRevision: "cleared",
  publishedBase: "cleared",
  firstPublishedAt: null,
  clearsSchedule: true,
  audit,
  revalidate: state.status === "published",
});

/** What an event changes of what readers see, what the audit log records, and whether public pages are refreshed. */
export function planPublication(event: PublicationEvent, state: PublicationState): PublicationPlan {
  switch (event) {
    case "publish":
      return publication("now", { action: "version.publish", summary: named("Published") });
    case "publish_scheduled":
      return publication("scheduled", { action: "version.publish", summary: named("Published", " as scheduled") });
    case "publish_changes":
      // The first publication date stays: readers see when the story first came out.
      return { ...publication(null, { action: "version.publish", summary: named("Published changes to") }), status: null, clearsSchedule: false };
    case "save":
    case "restore_revision":
      // A new revision waits for "Publish changes": readers never see a half-typed sentence.
      return NOTHING;
    case "unpublish":
      return withdrawal("unpublish", state, { action: "version.unpublish", summary: named("Unpublished") });
    case "archive":
      return withdrawal("archive", state, { action: "version.archive", summary: named("Archived") });
    case "review": {
      // Reviewing the very text readers see (no later saves) makes it up to date for them too.
      const liveTextReviewed = state.status === "published" && !state.unpublishedChanges;
      return {
        ...NOTHING,
        publishedBase: liveTextReviewed ? "reviewed" : "kept",
        audit: {
          action: "version.reviewed",
          summary: (facts) => `Marked the ${facts.locale} translation up to date with source revision ${facts.reviewedSourceRevision ?? "?"}`,
        },
        revalidate: liveTextReviewed,
      };
    }
  }
}

/** The publication event of a workflow move, or null for a move that changes nothing readers see. */
export function publicationEventOf(transition: Transition, status: VersionStatus): PublicationEvent | null {
  switch (transition) {
    case "publish":
      return status === "published" ? "publish_changes" : "publish";
    case "unpublish":
    case "archive":
      return transition;
    default:
      return null;
  }
}

/** Where a pointer is after a move, given what "latest" and "reviewed" stand for and where it is now. */
export function movePointer<R>(move: PointerMove, targets: { latest: R | null; reviewed?: R | null; current: R | null }): R | null {
  switch (move) {
    case "latest":
      return targets.latest;
    case "reviewed":
      return targets.reviewed ?? null;
    case "cleared":
      return null;
    case "kept":
      return targets.current;
  }
}
