import { type Keyset, keysetPage, LIST_PAGE_SIZE, type ListPage } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "./access";
import { db, type Db, type Tx } from "../infra/client";
import { type Prisma } from "../generated/prisma/client";

export const AUDIT_ACTIONS = [
  "version.publish",
  "version.unpublish",
  "version.schedule",
  "version.archive",
  "version.reviewed",
  "article.delete",
  "article.slug",
  "person.delete",
  "person.merge",
  "case.delete",
  "organisation.delete",
  "protection.delete",
  "user.role",
  "user.create",
  "user.password",
  "user.password_reset",
  "user.deactivate",
  "user.reactivate",
  "media.delete",
  "media.publish",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  /** Null when the scheduler acted on its own. */
  actorId: string | null;
  targetType: "article" | "version" | "person" | "case" | "organisation" | "protection" | "user" | "media";
  targetId: string;
  /** A line a person reads in the log; it outlives the target. */
  summary: string;
  details?: Prisma.InputJsonObject;
};

/** Writes one audit event, inside the caller's transaction when given one so that it lands with the change. */
export async function recordAudit(entry: AuditEntry, tx: Db | Tx = db()): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, details: entry.details ?? {} } });
}

export type AuditEventView = {
  id: string;
  at: Date;
  action: string;
  /** Null when the scheduler acted, or when the account was deleted since. */
  actor: { id: string; name: string } | null;
  targetType: string;
  targetId: string;
  summary: string;
};

/** What the log can be narrowed to: one action, one person, a span of days (`to` is a day, included), and where a page starts. */
export type AuditListQuery = { action?: AuditAction; actorId?: string; from?: Date; to?: Date; after?: Keyset<Date> };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The audit log for admins, newest first, one page at a time (by position), optionally of one action, person or span of days. */
export async function listAuditEvents(query: AuditListQuery, actor: Actor): Promise<ListPage<AuditEventView>> {
  assertAllowed(actor, { kind: "audit.read" });
  const { after } = query;
  const rows = await db().auditEvent.findMany({
    where: {
      action: query.action,
      actorId: query.actorId,
      at: { gte: query.from, lt: query.to && new Date(query.to.getTime() + DAY_MS) },
      ...(after && { OR: [{ at: { lt: after.value } }, { at: after.value, id: { lt: after.id } }] }),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: LIST_PAGE_SIZE + 1,
    select: { id: true, at: true, action: true, targetType: true, targetId: true, summary: true, actor: { select: { id: true, name: true } } },
  });
  return keysetPage(rows, (row) => row.at);
}

/** The people who appear in the log, for its person filter. */
export function listAuditActors(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertAllowed(actor, { kind: "audit.read" });
  return db().user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
