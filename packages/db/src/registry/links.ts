import { AppError, type ArticleListItem, SOURCE_LOCALE } from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { changeArticle, type Revalidating } from "../articles/article-footprint";
import { articleListSelect, toArticleListItems } from "../articles/articles";
import { db } from "../infra/client";
import { toLocalized } from "../mappers";

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

/** A linked record as the editor's picker names it. */
export type LinkedRecord = { id: string; label: string };

/** The persons and cases an article is linked to, named as the registry search names them (so the picker needs no whole registry). */
export async function getArticleRegistryLinks(articleId: string): Promise<{ persons: LinkedRecord[]; cases: LinkedRecord[] }> {
  const [persons, cases] = await Promise.all([
    db().articlePerson.findMany({ where: { articleId }, select: { person: { select: { id: true, name: true } } }, orderBy: { person: { name: "asc" } } }),
    db().articleCase.findMany({ where: { articleId }, select: { case: { select: { id: true, slug: true, title: true } } } }),
  ]);
  return {
    persons: persons.map(({ person }) => ({ id: person.id, label: person.name })),
    cases: cases.map(({ case: item }) => ({ id: item.id, label: toLocalized(item.title)[SOURCE_LOCALE] ?? item.slug })),
  };
}

/** Every article linked to a person, drafts included, as the editor's person page lists them; most recently changed first. */
export async function listArticlesOfPerson(personId: string): Promise<ArticleListItem[]> {
  const rows = await db().article.findMany({ where: { persons: { some: { personId } } }, orderBy: { updatedAt: "desc" }, select: articleListSelect });
  return toArticleListItems(rows);
}
