import { z } from "zod";
import { type VersionStatus } from "./article";
import { type ErrorCode } from "./errors";
import { type Locale } from "./locale";
import { can, type Role } from "./role";

/*
 * The life of one language version: draft → in review → approved → published, or scheduled to be
 * published at a set time, and archived. Who may move it is decided here, as a pure rule; the data
 * layer checks it before every change and the editor asks it only to show the right buttons.
 */

export const TRANSITIONS = [
  "submit",
  "request_changes",
  "approve",
  "publish",
  "schedule",
  "unschedule",
  "unpublish",
  "archive",
  "restore",
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

type TransitionRule = {
  from: readonly VersionStatus[];
  to: VersionStatus;
  /** A button's text. */
  label: string;
  /** "This version cannot be …", and what a notice says was done. */
  done: string;
};

const NOT_ARCHIVED = ["draft", "in_review", "approved", "scheduled", "published"] as const;

export const TRANSITION_RULES: Record<Transition, TransitionRule> = {
  submit: { from: ["draft"], to: "in_review", label: "Submit for review", done: "submitted for review" },
  request_changes: { from: ["in_review", "approved"], to: "draft", label: "Back to draft", done: "sent back to draft" },
  approve: { from: ["in_review"], to: "approved", label: "Approve", done: "approved" },
  // Editors may publish without a review: a newsroom must be able to react within minutes. From
  // "published" it publishes the changes saved since, by anyone ("Publish changes"; see publication.ts).
  publish: { from: ["draft", "in_review", "approved", "scheduled", "published"], to: "published", label: "Publish", done: "published" },
  // Scheduling again from "scheduled" moves the time.
  schedule: { from: ["draft", "in_review", "approved", "scheduled"], to: "scheduled", label: "Schedule", done: "scheduled" },
  unschedule: { from: ["scheduled"], to: "approved", label: "Unschedule", done: "unscheduled" },
  unpublish: { from: ["published"], to: "draft", label: "Unpublish", done: "unpublished" },
  archive: { from: NOT_ARCHIVED, to: "archived", label: "Archive", done: "archived" },
  restore: { from: ["archived"], to: "draft", label: "Restore from archive", done: "restored from the archive" },
};

/** What editors and admins alone may do, in words for a refusal. */
const EDITORS_ONLY: Partial<Record<Transition, string>> = {
  approve: "approve a version",
  publish: "publish or unpublish",
  unpublish: "publish or unpublish",
  schedule: "schedule or unschedule publication",
  unschedule: "schedule or unschedule publication",
  archive: "archive or restore a version",
  restore: "archive or restore a version",
};

export type TransitionContext = {
  role: Role;
  locale: Locale;
  status: VersionStatus;
  /** The actor wrote the version's latest revision: a translator may take back their own submission. */
  isAuthor: boolean;
  /** The version is published and has saves that readers do not see yet. */
  unpublishedChanges: boolean;
};

export type TransitionDecision =
  | { allowed: true; to: VersionStatus }
  /** forbidden: this role may never do it; conflict: not from the version's current status. */
  | { allowed: false; code: Extract<ErrorCode, "forbidden" | "conflict">; reason: string };

function decideRole(context: TransitionContext, transition: Transition): string | null {
  const { role, locale, isAuthor } = context;
  // Role rules come from role.ts, so "may publish" has one definition for every caller.
  const mayPublish = can(role, { kind: "version.publish", locale });
  const mayEdit = can(role, { kind: "version.edit", locale });
  switch (transition) {
    case "submit":
      return mayEdit ? null : "Translators may submit translations only, not the source-language version.";
    case "request_changes":
      return mayPublish || (mayEdit && isAuthor)
        ? null
        : "Only editors and admins, or the author of the latest revision, may send a version back to draft.";
    default:
      return mayPublish ? null : `Only editors and admins may ${EDITORS_ONLY[transition] ?? "do this"}.`;
  }
}

export function decideTransition(context: TransitionContext, transition: Transition): TransitionDecision {
  const refusal = decideRole(context, transition);
  if (refusal) return { allowed: false, code: "forbidden", reason: refusal };
  const rule = TRANSITION_RULES[transition];
  if (!rule.from.includes(context.status)) {
    const status = STATUS_LABELS[context.status].toLowerCase();
    return { allowed: false, code: "conflict", reason: `This version is ${status}, so it cannot be ${rule.done}.` };
  }
  if (transition === "publish" && context.status === "published" && !context.unpublishedChanges) {
    return { allowed: false, code: "conflict", reason: "This version is published and has no unpublished changes." };
  }
  return { allowed: true, to: rule.to };
}

/**
 * Whether a published version has saves readers do not see yet: its latest revision is newer than the
 * published one, and waits for an editor to publish the changes.
 */
export function hasUnpublishedChanges(version: { status: VersionStatus; revision: number; publishedRevision: number | null }): boolean {
  return version.status === "published" && version.publishedRevision !== null && version.revision > version.publishedRevision;
}

/** The transitions to offer as buttons, in the order of the workflow. */
export function availableTransitions(context: TransitionContext): Transition[] {
  return TRANSITIONS.filter((transition) => decideTransition(context, transition).allowed);
}

const CHOOSE_TIME = "Choose when to publish";

/** A transition request: which transition, with what only that transition takes. */
export const ZTransitionInput = z
  .object({
    transition: z.enum(TRANSITIONS, { error: () => `Unknown transition; use one of ${TRANSITIONS.join(", ")}` }),
    /** Who is asked to review, when submitting. */
    reviewerId: z.string().min(1).optional(),
    /** When a scheduled version goes live (ISO 8601 with a time zone, e.g. 2026-05-01T09:00:00Z). */
    scheduledAt: z.coerce.date({ error: "Enter a valid date and time" }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.transition === "schedule" && !input.scheduledAt) ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: CHOOSE_TIME });
    if (input.transition !== "schedule" && input.scheduledAt) {
      ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "Only scheduling takes a publication time" });
    }
    if (input.reviewerId && input.transition !== "submit") {
      ctx.addIssue({ code: "custom", path: ["reviewerId"], message: "A reviewer is chosen when submitting for review" });
    }
  });
export type TransitionInput = z.infer<typeof ZTransitionInput>;

/**
 * Why a request cannot schedule its version at `now`, or null: the time must still lie ahead when the command
 * runs (a request checked a moment earlier may name a time that has since passed).
 */
export function scheduleProblem(input: TransitionInput, now: Date): string | null {
  if (input.transition !== "schedule") return null;
  if (!input.scheduledAt) return CHOOSE_TIME;
  return input.scheduledAt.getTime() <= now.getTime() ? "The publication time must be in the future" : null;
}

export const ZAssignReviewerInput = z.object({
  /** Null takes the request back. */
  reviewerId: z.string().min(1).nullable(),
});

/** One line of the desk's dashboard. */
export type WorkflowItem = {
  articleId: string;
  articleSlug: string;
  locale: Locale;
  title: string;
  status: VersionStatus;
  reviewerId: string | null;
  scheduledAt: Date | null;
  updatedAt: Date;
};

/** Someone who may be asked to review; a deactivated one only as the reviewer a version already names. */
export type Reviewer = { id: string; name: string; role: Role; deactivated: boolean };
