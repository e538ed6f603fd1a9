import {
  AppError,
  type ArticleVersion,
  type Keyset,
  keysetPage,
  LIST_PAGE_SIZE,
  type ListPage,
  type Locale,
  type RevisionText,
  ZRichTextDoc,
  ZSaveVersionInput,
} from "@rightsdesk/domain";
import { type Actor, assertAllowed } from "../access/access";
import { saveVersion } from "./articles";
import { db } from "../infra/client";
import { type Revalidating } from "./article-footprint";

export type RevisionListItem = { id: string; number: number; title: string; createdAt: Date; author: { name: string } };
const ofVersion = (articleId: string, locale: Locale) => ({ version: { articleId, locale } });

/**
 * The saved revisions of one language version, newest first, with who saved it, a page at a time: autosave
 * makes hundreds of them in a day's work on a long article.
 */
export async function listRevisions(articleId: string, locale: Locale, after?: Keyset<number>): Promise<ListPage<RevisionListItem>> {
  const rows = await db().articleRevision.findMany({
    where: { ...ofVersion(articleId, locale), ...(after && { number: { lt: after.value } }) },
    orderBy: { number: "desc" },
    take: LIST_PAGE_SIZE + 1,
    select: { id: true, number: true, title: true, createdAt: true, author: { select: { name: true } } },
  });
  return keysetPage(rows, (row) => String(row.number));
}

/** One revision with its full text; "latest" is the one saved last (what a conflicting save ran into). */
export async function getRevision(articleId: string, locale: Locale, number: number | "latest"): Promise<RevisionText | null> {
  const row = await db().articleRevision.findFirst({
    where: { ...ofVersion(articleId, locale), ...(number === "latest" ? {} : { number }) },
    orderBy: { number: "desc" },
    select: { id: true, number: true, title: true, summary: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return row && { ...row, body: ZRichTextDoc.parse(row.body) };
}

/**
 * Brings back an old revision's text by saving it as a new revision: history only grows, and the
 * save goes through saveVersion, so a restore based on a stale revision is a conflict like any save,
 * and a restore on a live version waits for an editor to publish it like any save.
 */
export async function restoreRevision(
  articleId: string,
  locale: Locale,
  number: number,
  baseRevision: number,
  actor: Actor,
): Promise<Revalidating<ArticleVersion>> {
  assertAllowed(actor, { kind: "version.edit", locale });
  const revision = await getRevision(articleId, locale, number);
  if (!revision) throw new AppError("not_found", `There is no revision ${number} of this language version.`);
  const { title, summary, body } = revision;
  return saveVersion(articleId, locale, ZSaveVersionInput.parse({ title, summary, body, baseRevision }), actor, "restore_revision");
}
