import { z } from "zod";
import { VERSION_STATUSES } from "./article";
import { ZLocale } from "./locale";
import { encodeKeyset, type Keyset, keysetParam, LIST_PAGE_SIZE, optionalParam, ZRecordId, ZTimeValue } from "./query-param";
import { textParam } from "./search";
import { ZSlug } from "./slug";

/*
 * The editor's article list: what an editor may search, filter and sort by, from the page's address, and the
 * cursor that pages through it in that order, so that page 200 costs what page 1 does.
 */

export const ARTICLE_LIST_PAGE_SIZE = LIST_PAGE_SIZE;
/**
 * The translation desk lists the same articles with a cell per language, six times the markup of a list line:
 * about a screen of them, as 50 made the page the slowest of the editor's lists (issue #16).
 */
export const TRANSLATION_DESK_PAGE_SIZE = 25;

/** The orders the list offers: the newest change first (the default), or the source-language title A–Z. */
export const ARTICLE_LIST_SORTS = ["changed", "title"] as const;
export type ArticleListSort = (typeof ARTICLE_LIST_SORTS)[number];
export const ARTICLE_LIST_SORT_LABELS: Record<ArticleListSort, string> = { changed: "Last change, newest first", title: "Title, A–Z" };

/** Where a page of the list ends: the last line's change time (or, sorted by title, its title) and id, as `<value>_<id>`. */
export type ArticleListCursor = { updatedAt: Date; id: string } | { title: string; id: string };

export function encodeCursor(cursor: ArticleListCursor): string {
  return encodeKeyset("title" in cursor ? cursor.title : cursor.updatedAt, cursor.id);
}

/** The position `after` names in the list's order; none when it is not one of that order (a link kept from the other). */
function positionIn(sort: ArticleListSort | undefined, after: Keyset<string> | undefined): ArticleListCursor | undefined {
  if (!after) return undefined;
  if (sort === "title") return { title: after.value, id: after.id };
  const updatedAt = ZTimeValue.safeParse(after.value);
  return updatedAt.success ? { updatedAt: updatedAt.data, id: after.id } : undefined;
}

/** The filter's value meaning "only articles with an outdated translation (in the chosen language, if any)". */
export const OUTDATED_FILTER = "outdated";

export const ZArticleListQuery = z
  .object({
    /** Words of a title or summary in any language, or of the slug. */
    q: textParam(),
    status: optionalParam(z.enum(VERSION_STATUSES)),
    locale: optionalParam(ZLocale),
    tag: optionalParam(ZSlug),
    author: optionalParam(ZRecordId),
    /** Only articles whose translation (in `locale`, when given) is behind its source. */
    translation: optionalParam(z.literal(OUTDATED_FILTER)),
    sort: optionalParam(z.enum(ARTICLE_LIST_SORTS)),
    after: keysetParam(z.string().min(1)),
  })
  .transform(({ after, ...query }) => ({ ...query, after: positionIn(query.sort, after) }));
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;

/** Whether the list is narrowed by anything (a cursor only moves through it). */
export function isFilteredList(query: ArticleListQuery): boolean {
  return Boolean(query.q || query.status || query.locale || query.tag || query.author || query.translation);
}
