import "server-only";
import { AUDIT_ACTIONS, type AuditAction } from "@rightsdesk/db";
import { ZPage } from "@rightsdesk/domain";
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
  "media.delete": "Media deleted",
  "media.publish": "Media texts published",
  "version.reviewed": "Translation marked up to date",
};

/** A stored action's label; one recorded by a newer version of the app reads as its code. */
export function auditActionLabel(action: string): string {
  const known = (AUDIT_ACTIONS as readonly string[]).includes(action);
  return known ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}

// A hand-edited address with a bad value shows the whole log instead of failing.
export const ZAuditQuery = z.object({
  page: ZPage,
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().min(1).optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

/** The log's address for a query, leaving out what is at its default. */
export function auditHref(query: AuditQuery): string {
  const params = new URLSearchParams();
  if (query.action) params.set("action", query.action);
  if (query.actor) params.set("actor", query.actor);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}

/** "2026-11-25 14:03:07": the log is read across time zones, so it shows UTC to the second. */
export function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}
