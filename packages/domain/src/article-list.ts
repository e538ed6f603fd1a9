import { z } from "zod";
import { VERSION_STATUSES } from "./article";
import { ZLocale } from "./locale";
import { encodeKeyset, keysetParam, LIST_PAGE_SIZE, optionalParam, ZRecordId, ZTimeValue } from "./query-param";
import { textParam } from "./search";
import { ZSlug } from "./slug";

/*
 * The editor's article list: what an editor may search and filter by, from the page's address, and the
 * cursor that pages through it (newest change first), so that page 200 costs what page 1 does.
 */

export const ARTICLE_LIST_PAGE_SIZE = LIST_PAGE_SIZE;
/**
 * The translation desk lists the same articles with a cell per language, six times the markup of a list line:
 * about a screen of them, as 50 made the page the slowest of the editor's lists (issue #16).
 */
export const TRANSLATION_DESK_PAGE_SIZE = 25;

/** Where a page of the list ends: the last line's change time and id, as `<ISO time>_<id>`. */
export type ArticleListCursor = { updatedAt: Date; id: string };

export function encodeCursor(cursor: ArticleListCursor): string {
  return encodeKeyset(cursor.updatedAt, cursor.id);
}

/** The filter's value meaning "only articles with an outdated translation (in the chosen language, if any)". */
export const OUTDATED_FILTER = "outdated";

export const ZArticleListQuery = z.object({
  /** Words of a title or summary in any language, or of the slug. */
  q: textParam(),
  status: optionalParam(z.enum(VERSION_STATUSES)),
  locale: optionalParam(ZLocale),
  tag: optionalParam(ZSlug),
  author: optionalParam(ZRecordId),
  /** Only articles whose translation (in `locale`, when given) is behind its source. */
  translation: optionalParam(z.literal(OUTDATED_FILTER)),
  after: keysetParam(ZTimeValue).transform((cursor): ArticleListCursor | undefined => cursor && { updatedAt: cursor.value, id: cursor.id }),
});
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;

/** Whether the list is narrowed by anything (a cursor only moves through it). */
export function isFilteredList(query: ArticleListQuery): boolean {
  return Boolean(query.q || query.status || query.locale || query.tag || query.author || query.translation);
}
