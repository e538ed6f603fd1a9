import { AppError, type Locale, PRESENCE_TTL_MS, type PresentUser } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { db } from "../infra/client";

/** The others who sent a heartbeat for this version within the last PRESENCE_TTL_MS, by name. */
export async function listPresent(articleId: string, locale: Locale, exceptUserId: string, now = new Date()): Promise<PresentUser[]> {
  const rows = await db().editingPresence.findMany({
    where: { articleId, locale, userId: { not: exceptUserId }, seenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => row.user);
}

/**
 * Records that the actor has the version open now and answers who else has. Only those who may edit
 * the version announce themselves: presence is there to prevent clashing edits.
 */
export async function heartbeat(articleId: string, locale: Locale, actor: Actor, now = new Date()): Promise<PresentUser[]> {
  assertAllowed(actor, { kind: "version.edit", locale });
  const article = await db().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("not_found", "This article does not exist (it may have been deleted).");
  const key = { articleId, locale, userId: actor.id };
  await db().$transaction([
    db().editingPresence.upsert({ where: { articleId_locale_userId: key }, create: { ...key, seenAt: now }, update: { seenAt: now } }),
    // Rows of those who left without saying so are of no use to anyone; each version tidies its own.
    db().editingPresence.deleteMany({ where: { articleId, locale, seenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } } }),
  ]);
  return listPresent(articleId, locale, actor.id, now);
}

/** The actor closed the page: others stop seeing them at once instead of after the time-out. */
export async function leave(articleId: string, locale: Locale, actor: Actor): Promise<void> {
  await db().editingPresence.deleteMany({ where: { articleId, locale, userId: actor.id } });
}
