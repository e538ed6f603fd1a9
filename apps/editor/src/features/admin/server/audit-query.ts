import "server-only";
import { AUDIT_ACTIONS, type AuditAction } from "@rightsdesk/db/editor";
import { dayParam, keysetParam, optionalParam, ZRecordId, ZTimeValue } from "@rightsdesk/domain";
import { z } from "zod";

/** How each action reads in the log's table and filter. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "version.publish": "Published",
  "version.unpublish": "Unpublished",
  "version.schedule": "Scheduled",
  "version.archive": "Archived",
  "article.delete": "Article deleted",
  "article.slug": "Article address changed",
  "person.delete": "Person deleted",
  "person.merge": "Persons merged",
  "case.delete": "Case deleted",
  "organisation.delete": "Organisation deleted",
  "protection.delete": "Protection deleted",
  "user.role": "Role changed",
  "user.create": "User added",
  "user.password": "Password changed",
  "user.password_reset": "Password reset",
  "user.deactivate": "User deactivated",
  "user.reactivate": "User reactivated",
  "media.delete": "Media deleted",
  "media.publish": "Media texts published",
  "version.reviewed": "Translation marked up to date",
};

const ZAuditAction = z.enum(AUDIT_ACTIONS);

/** A stored action's label; one recorded by a newer version of the app reads as its code. */
export function auditActionLabel(action: string): string {
  const known = ZAuditAction.safeParse(action);
  return known.success ? AUDIT_ACTION_LABELS[known.data] : action;
}

// A hand-edited address with a bad value shows the whole log instead of failing.
export const ZAuditQuery = z.object({
  action: optionalParam(ZAuditAction),
  actor: optionalParam(ZRecordId),
  /** The first and last day shown (UTC), both included. */
  from: dayParam(),
  to: dayParam(),
  after: keysetParam(ZTimeValue),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

/** "2026-11-25 14:03:07": the log is read across time zones, so it shows UTC to the second. */
export function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}
