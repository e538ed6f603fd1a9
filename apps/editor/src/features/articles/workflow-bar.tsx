"use client";

import {
  availableTransitions,
  can,
  hasUnpublishedChanges,
  type Locale,
  movePointer,
  planPublication,
  publicationEventOf,
  type Reviewer,
  type Role,
  STATUS_LABELS,
  type Transition,
  TRANSITION_RULES,
  type VersionStatus,
} from "@rightsdesk/domain";
import Link from "next/link";
import { memo, useId, useState } from "react";
import { type ApiAnswer, callApi } from "~/features/shared/api-client";
import { formatUtc } from "~/features/shared/format-utc";

export type WorkflowState = {
  status: VersionStatus;
  reviewerId: string | null;
  scheduledAt: Date | null;
  /** The revision readers see while published; later ones wait for an editor. */
  publishedRevision: number | null;
};

export type WorkflowBarProps = {
  articleId: string;
  locale: Locale;
  role: Role;
  /** The user wrote the latest revision. */
  isAuthor: boolean;
  /** The user may edit this language version, and so ask someone to review it. */
  canEdit: boolean;
  /** The latest saved revision; 0 until the first save has created this language version. */
  revision: number;
  initial: WorkflowState;
  reviewers: Reviewer[];
  publicUrl: string;
  /** Saves unsaved text first, so what is approved or published is what the user sees; false if that failed. */
  ensureSaved: () => Promise<boolean>;
};

const NOTICES: Record<Transition, (version: WorkflowState) => string> = {
  submit: () => "Submitted for review.",
  request_changes: () => "Sent back to draft.",
  approve: () => "Approved: ready to publish or schedule.",
  publish: () => "Published: readers can see this version now.",
  schedule: (version) => `Scheduled: goes live on ${version.scheduledAt ? formatUtc(version.scheduledAt) : "the chosen time"}.`,
  unschedule: () => "Unscheduled: it will not go live on its own.",
  unpublish: () => "Unpublished: readers no longer see this version.",
  archive: () => "Archived: readers do not see this version.",
  restore: () => "Restored from the archive as a draft.",
};

/** Statuses in which asking for a review still means something. */
const REVIEWABLE: readonly VersionStatus[] = ["draft", "in_review", "approved"];

/** The input's value ("2026-05-01T09:00" or with seconds) read as UTC, or null when incomplete. */
function utcFromInput(value: string): string | null {
  const date = new Date(`${value}Z`);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/**
 * A version's status and the moves the user may make with it: review, publication, scheduling, archive.
 * Memoised: it changes with a new revision, not with each save state the editor around it passes through.
 */
export const WorkflowBar = memo(function WorkflowBar({ articleId, locale, role, isAuthor, canEdit, revision, initial, reviewers, publicUrl, ensureSaved }: WorkflowBarProps) {
  const [version, setVersion] = useState(initial);
  const exists = revision > 0;
  const mayPublish = can(role, { kind: "version.publish", locale });
  // No save changes what readers see (publication.ts): a new revision of a live version waits for "Publish changes".
  const unpublishedChanges = hasUnpublishedChanges({ ...version, revision });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [publishAt, setPublishAt] = useState("");
  const ids = { reviewer: useId(), publishAt: useId() };

  const offered = exists ? availableTransitions({ role, locale, status: version.status, isAuthor, unpublishedChanges }) : [];
  /** The state after the server's answer to a move; the revision readers see moves as the publication rule says. */
  const fromVersion = (v: ApiAnswer<"transitionVersion">, transition: Transition | null): WorkflowState => {
    const event = transition && publicationEventOf(transition, version.status);
    const move = event ? planPublication(event, { status: version.status, unpublishedChanges }).publishedRevision : "kept";
    return {
      status: v.status,
      reviewerId: v.reviewerId,
      // JSON brings dates as strings.
      scheduledAt: v.scheduledAt ? new Date(v.scheduledAt) : null,
      publishedRevision: movePointer(move, { latest: v.revision, current: version.publishedRevision }),
    };
  };

  async function run(transition: Transition) {
    setNotice(null);
    let scheduledAt: string | undefined;
    if (transition === "schedule") {
      scheduledAt = utcFromInput(publishAt) ?? undefined;
      if (!scheduledAt) return setNotice({ kind: "error", text: "Enter the date and time (UTC) to publish at." });
    }
    setBusy(true);
    if (!(await ensureSaved())) {
      setBusy(false);
      return setNotice({ kind: "error", text: "Save your changes first: the text could not be saved." });
    }
    const result = await callApi("transitionVersion", { params: { id: articleId, locale }, body: { transition, scheduledAt } });
    setBusy(false);
    if (!result.ok) return setNotice({ kind: "error", text: result.error });
    const next = fromVersion(result.data, transition);
    setVersion(next);
    setNotice({ kind: "ok", text: NOTICES[transition](next) });
  }

  async function assign(reviewerId: string) {
    setNotice(null);
    const result = await callApi("assignReviewer", { params: { id: articleId, locale }, body: { reviewerId: reviewerId || null } });
    if (!result.ok) return setNotice({ kind: "error", text: result.error });
    setVersion(fromVersion(result.data, null));
    const name = reviewers.find((r) => r.id === reviewerId)?.name;
    setNotice({ kind: "ok", text: name ? `${name} is asked to review this version.` : "No one is asked to review this version." });
  }

  return (
    <div className="workflow-bar" aria-label="Workflow" role="group">
      <div className="toolbar-row">
        <span>
          Status: <span className={`badge ${version.status}`}>{STATUS_LABELS[version.status]}</span>
        </span>
        {version.status === "scheduled" && version.scheduledAt && <span>goes live on {formatUtc(version.scheduledAt)}</span>}
        {offered
          .filter((transition) => transition !== "schedule")
          .map((transition) => (
            <button key={transition} type="button" onClick={() => void run(transition)} disabled={busy}>
              {transition === "publish" && unpublishedChanges ? "Publish changes" : TRANSITION_RULES[transition].label}
            </button>
          ))}
        {version.status === "published" && <a href={publicUrl}>View on site</a>}
      </div>
      {unpublishedChanges && (
        <p className="alert info">
          <strong>The live text differs from the draft.</strong> Readers see revision {version.publishedRevision}; the draft is revision {revision}.{" "}
          {mayPublish ? "Later changes are not public until you publish them." : "Your later changes wait for an editor to publish them."}{" "}
          <Link href={`/articles/${articleId}/${locale}/history?from=${version.publishedRevision}&to=${revision}`}>Compare the live text with the draft</Link>
        </p>
      )}
      {canEdit && exists && REVIEWABLE.includes(version.status) && (
        <div className="toolbar-row">
          <label htmlFor={ids.reviewer}>Reviewer</label>
          <select id={ids.reviewer} value={version.reviewerId ?? ""} onChange={(event) => void assign(event.target.value)}>
            <option value="">Any editor</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name} ({reviewer.deactivated ? "deactivated" : reviewer.role})
              </option>
            ))}
          </select>
        </div>
      )}
      {offered.includes("schedule") && (
        <div className="toolbar-row">
          <label htmlFor={ids.publishAt}>Publish at (UTC)</label>
          <input id={ids.publishAt} type="datetime-local" step={1} value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
          <button type="button" onClick={() => void run("schedule")} disabled={busy}>
            {version.status === "scheduled" ? "Reschedule" : TRANSITION_RULES.schedule.label}
          </button>
        </div>
      )}
      {notice && (
        <p className={notice.kind === "ok" ? "alert info" : "alert error"} role="alert">
          {notice.text}
        </p>
      )}
    </div>
  );
});
