import { type Prisma } from "./generated/prisma/client";
import { db, type Db, type Tx } from "./client";

export type AuditAction =
  | "version.publish"
  | "version.unpublish"
  | "version.schedule"
  | "version.archive"
  | "version.reviewed"
  | "article.delete"
  | "article.slug"
  | "person.delete"
  | "case.delete"
  | "organisation.delete"
  | "protection.delete"
  | "user.role";

export type AuditEntry = {
  action: AuditAction;
  /** Null when the scheduler acted on its own. */
  actorId: string | null;
  targetType: "article" | "version" | "person" | "case" | "organisation" | "protection" | "user";
  targetId: string;
  /** A line a person reads in the log; it outlives the target. */
  summary: string;
  details?: Prisma.InputJsonObject;
};

/** Writes one audit event, inside the caller's transaction when given one so that it lands with the change. */
export async function recordAudit(entry: AuditEntry, tx: Db | Tx = db()): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, details: entry.details ?? {} } });
}
