import { type Actor, assertAllowed } from "./access";
import { db, type Db, type Tx } from "./client";
import { type Prisma } from "./generated/prisma/client";
import { type Page } from "./published";

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

export const AUDIT_PAGE_SIZE = 25;

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

/** The audit log for admins, newest first, one page at a time, optionally of one action or one person. */
export async function listAuditEvents(
  query: { page: number; action?: AuditAction; actorId?: string },
  actor: Actor,
): Promise<Page<AuditEventView>> {
  assertAllowed(actor, { kind: "audit.read" });
  const where = { action: query.action, actorId: query.actorId };
  const [total, rows] = await db().$transaction([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, targetType: true, targetId: true, summary: true, actor: { select: { id: true, name: true } } },
    }),
  ]);
  return { items: rows, page: query.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), total };
}
