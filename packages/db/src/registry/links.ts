import { AppError, type ArticleListItem } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { changeArticle, type Revalidating } from "../articles/article-footprint";
import { articleListSelect, toArticleListItems } from "../articles/articles";
import { db } from "../infra/client";

/** An article's "people in this story" and the cases it reports; every id must exist. */
export async function setArticleRegistryLinks(
  articleId: string,
  links: { personIds: readonly string[]; caseIds: readonly string[] },
  actor: Actor,
): Promise<Revalidating<void>> {
  assertAllowed(actor, { kind: "article.tag" });
  const personIds = [...new Set(links.personIds)];
  const caseIds = [...new Set(links.caseIds)];
  return db().$transaction(async (tx) => {
    if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) {
      throw new AppError("not_found", "This article does not exist.");
    }
    if ((await tx.person.count({ where: { id: { in: personIds } } })) !== personIds.length) {
      throw new AppError("validation", "A linked person is not in the registry.");
    }
    if ((await tx.case.count({ where: { id: { in: caseIds } } })) !== caseIds.length) {
      throw new AppError("validation", "A linked case is not in the registry.");
    }
    // An unlinked person's page must drop the article too: the footprint before counts.
    return changeArticle(tx, articleId, async () => {
      await tx.articlePerson.deleteMany({ where: { articleId } });
      await tx.articlePerson.createMany({ data: personIds.map((personId) => ({ articleId, personId })) });
      await tx.articleCase.deleteMany({ where: { articleId } });
      await tx.articleCase.createMany({ data: caseIds.map((caseId) => ({ articleId, caseId })) });
    });
  });
}

/** The persons and cases an article is linked to, as the editor's picker shows them. */
export async function getArticleRegistryLinks(articleId: string): Promise<{ personIds: string[]; caseIds: string[] }> {
  const [persons, cases] = await Promise.all([
    db().articlePerson.findMany({ where: { articleId }, select: { personId: true } }),
    db().articleCase.findMany({ where: { articleId }, select: { caseId: true } }),
  ]);
  return { personIds: persons.map((p) => p.personId), caseIds: cases.map((c) => c.caseId) };
}

/** Every article linked to a person, drafts included, as the editor's person page lists them; most recently changed first. */
export async function listArticlesOfPerson(personId: string): Promise<ArticleListItem[]> {
  const rows = await db().article.findMany({ where: { persons: { some: { personId } } }, orderBy: { updatedAt: "desc" }, select: articleListSelect });
  return toArticleListItems(rows);
}
