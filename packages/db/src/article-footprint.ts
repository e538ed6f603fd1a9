import { type ArticleFootprint } from "@rightsdesk/domain";
import { db, type Db, type Tx } from "./client";
import { toLocale } from "./mappers";

/**
 * Where an article can show up on the public site, for revalidating exactly those pages; null when it
 * does not exist. Internal persons have no public page, so their slugs are left out.
 */
export async function getArticleFootprint(articleId: string, tx: Db | Tx = db()): Promise<ArticleFootprint | null> {
  const row = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      slug: true,
      oldSlugs: { select: { fromSlug: true } },
      versions: { select: { locale: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      persons: { where: { person: { confidentiality: "public" } }, select: { person: { select: { slug: true } } } },
      cases: { select: { case: { select: { slug: true } } } },
    },
  });
  if (!row) return null;
  return {
    slugs: [row.slug, ...row.oldSlugs.map((old) => old.fromSlug)],
    locales: row.versions.map((version) => toLocale(version.locale)),
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    personSlugs: row.persons.map(({ person }) => person.slug),
    caseSlugs: row.cases.map(({ case: item }) => item.slug),
  };
}
