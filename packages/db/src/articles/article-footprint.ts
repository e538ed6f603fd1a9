import { type ArticleFootprint, articleRevalidationTags } from "@rightsdesk/domain";
import { db, type Db, type Tx } from "../infra/client";
import { toLocale } from "../mappers";

/** An article readers cannot see: no page of the public site shows it. */
const UNSEEN: ArticleFootprint = { slugs: [], locales: [], tagSlugs: [], personSlugs: [], caseSlugs: [] };

/**
 * Where an article shows up on the public site, for revalidating exactly those pages; null when it does not
 * exist. Only published languages count, and an article with none is on no page: otherwise every autosave of
 * a draft emptied the site's cache of every listing (with 20 editors typing, the site never served from its
 * cache). Callers pass the footprint before and after a change, so a publication or an unpublication still
 * refreshes every page the article appears on or leaves. Internal persons have no public page, so their slugs
 * are left out.
 */
export async function getArticleFootprint(articleId: string, tx: Db | Tx = db()): Promise<ArticleFootprint | null> {
  const row = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      slug: true,
      oldSlugs: { select: { fromSlug: true } },
      versions: { where: { status: "published" }, select: { locale: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      persons: { where: { person: { confidentiality: "public" } }, select: { person: { select: { slug: true } } } },
      cases: { select: { case: { select: { slug: true } } } },
    },
  });
  if (!row) return null;
  if (row.versions.length === 0) return UNSEEN;
  return {
    slugs: [row.slug, ...row.oldSlugs.map((old) => old.fromSlug)],
    locales: row.versions.map((version) => toLocale(version.locale)),
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    personSlugs: row.persons.map(({ person }) => person.slug),
    caseSlugs: row.cases.map(({ case: item }) => item.slug),
  };
}

/** What a command that may change what readers see returns: its result, and the public cache tags to revalidate. */
export type Revalidating<T> = { result: T; revalidate: string[] };

/** Two commands that make one request (a case and its participants): the first one's result, and the pages either made stale. */
export function withRevalidationOf<T>(first: Revalidating<T>, second: Revalidating<unknown>): Revalidating<T> {
  return { result: first.result, revalidate: [...new Set([...first.revalidate, ...second.revalidate])].sort() };
}

/**
 * Runs a change of an article inside the transaction `tx`, and names the public pages it was on before and is
 * on after (a removed tag or an unlinked person must drop it too; a deleted article has only a before), both
 * read in that transaction, so no change made meanwhile by someone else slips between them.
 */
export async function changeArticle<T>(tx: Tx, articleId: string, change: () => Promise<T>): Promise<Revalidating<T>> {
  const before = await getArticleFootprint(articleId, tx);
  const result = await change();
  const after = await getArticleFootprint(articleId, tx);
  return { result, revalidate: articleRevalidationTags(...[before, after].filter((footprint): footprint is ArticleFootprint => footprint !== null)) };
}
