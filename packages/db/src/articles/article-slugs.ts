import { AppError } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { changeArticle, type Revalidating } from "./article-footprint";
import { recordAudit } from "../access/audit";
import { db, type Db, type Tx } from "../infra/client";

/**
 * Slugs starting with `base` that are not free: current slugs of articles and old slugs that still
 * redirect. An old slug counts too, or a new article would take over a link readers already share.
 */
export async function takenArticleSlugs(base: string, client: Db | Tx = db()): Promise<Set<string>> {
  const [current, old] = await Promise.all([
    client.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    client.articleSlugRedirect.findMany({ where: { fromSlug: { startsWith: base } }, select: { fromSlug: true } }),
  ]);
  return new Set([...current.map((a) => a.slug), ...old.map((r) => r.fromSlug)]);
}

/**
 * Gives an article a new slug in every language. If readers may have seen it (any version was ever
 * published) the old slug is kept as a redirect; taking back one of the article's own old slugs
 * turns that redirect back into the address. `slug` comes parsed by the route (`ZChangeSlugInput`).
 */
export async function changeArticleSlug(articleId: string, slug: string, actor: Actor): Promise<Revalidating<{ slug: string }>> {
  assertAllowed(actor, { kind: "article.slug" });
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { slug: true, versions: { where: { publishedAt: { not: null } }, select: { id: true }, take: 1 } },
    });
    if (!article) throw new AppError("not_found", "This article does not exist (it may have been deleted).");
    if (article.slug === slug) return { result: { slug }, revalidate: [] };

    const [owner, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug }, select: { id: true } }),
      tx.articleSlugRedirect.findUnique({ where: { fromSlug: slug }, select: { articleId: true } }),
    ]);
    if (owner || (redirect && redirect.articleId !== articleId)) {
      throw new AppError("conflict", `The slug "${slug}" is already used by another article, now or in the past.`, {
        slug: "Already used",
      });
    }
    // The old address must stop serving the cached page at once: it answers with a redirect now.
    return changeArticle(tx, articleId, async () => {
      if (redirect) await tx.articleSlugRedirect.delete({ where: { fromSlug: slug } });
      const wasPublished = article.versions.length > 0;
      if (wasPublished) await tx.articleSlugRedirect.create({ data: { fromSlug: article.slug, articleId } });
      await tx.article.update({ where: { id: articleId }, data: { slug } });
      await recordAudit(
        {
          action: "article.slug",
          actorId: actor.id,
          targetType: "article",
          targetId: articleId,
          summary: `Changed the article's address from "${article.slug}" to "${slug}"`,
          details: { from: article.slug, to: slug, redirectKept: wasPublished },
        },
        tx,
      );
      return { slug };
    });
  });
}

/** The article's old slugs that still redirect to it, newest first. */
export async function listArticleOldSlugs(articleId: string): Promise<string[]> {
  const rows = await db().articleSlugRedirect.findMany({
    where: { articleId },
    select: { fromSlug: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => row.fromSlug);
}
