import { AppError, SOURCE_LOCALE } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { changeArticle, type Revalidating } from "./article-footprint";
import { recordAudit } from "../access/audit";
import { db } from "../infra/client";

/**
 * Deletes an article with every language version, revision and link (the schema cascades), and
 * records who deleted it, with its title and slug, in the same transaction.
 */
export async function deleteArticle(id: string, actor: Actor): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "article.delete" });
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id },
      select: { slug: true, versions: { select: { locale: true, title: true, status: true } } },
    });
    if (!article) throw new AppError("not_found", "This article does not exist (it may have been deleted already).");
    const title = article.versions.find((version) => version.locale === SOURCE_LOCALE)?.title ?? article.slug;
    // Readers get a 404 at its address right away: the pages it was on are refreshed.
    return changeArticle(tx, id, async () => {
      await tx.article.delete({ where: { id } });
      await recordAudit(
        {
          action: "article.delete",
          actorId: actor.id,
          targetType: "article",
          targetId: id,
          summary: `Deleted "${title}" (${article.slug})`,
          details: { title, slug: article.slug, versions: article.versions },
        },
        tx,
      );
    });
  });
}
