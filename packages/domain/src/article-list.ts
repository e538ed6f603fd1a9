import { z } from "zod";
import { VERSION_STATUSES } from "./article";
import { ZLocale } from "./locale";
import { firstValue, optionalParam } from "./query-param";
import { cleanSearchQuery } from "./search";
import { ZSlug } from "./slug";

/*
 * The editor's article list: what an editor may search and filter by, from the page's address, and the
 * cursor that pages through it (newest change first), so that page 200 costs what page 1 does.
 */

export const ARTICLE_LIST_PAGE_SIZE = 50;

/** Where a page of the list ends: the last line's change time and id, as `<ISO time>_<id>`. */
export type ArticleListCursor = { updatedAt: Date; id: string };

export function encodeCursor(cursor: ArticleListCursor): string {
  return `${cursor.updatedAt.toISOString()}_${cursor.id}`;
}

const ZCursor = z
  .string()
  .max(100)
  .transform((value, context) => {
    const [time, id] = value.split("_");
    const updatedAt = new Date(time ?? "");
    if (!id || !/^[a-z0-9]+$/i.test(id) || Number.isNaN(updatedAt.getTime())) {
      context.addIssue({ code: "custom", message: "Not a list position" });
      return z.NEVER;
    }
    return { updatedAt, id };
  });

export const ZArticleListQuery = z.object({
  /** Words of a title or summary in any language, or of the slug. */
  q: z.preprocess(firstValue, z.string().catch("").default("")).transform(cleanSearchQuery),
  status: optionalParam(z.enum(VERSION_STATUSES)),
  locale: optionalParam(ZLocale),
  tag: optionalParam(ZSlug),
  author: optionalParam(z.string().regex(/^[a-z0-9]{1,40}$/i)),
  after: optionalParam(ZCursor),
});
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;

/** Whether the list is narrowed by anything (a cursor only moves through it). */
export function isFilteredList(query: ArticleListQuery): boolean {
  return Boolean(query.q || query.status || query.locale || query.tag || query.author);
}
