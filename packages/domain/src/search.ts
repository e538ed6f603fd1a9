import { z } from "zod";
import { ZCountryCode } from "./country";
import { firstValue, optionalParam } from "./query-param";
import { ZSlug } from "./slug";

/*
 * The public search: what a reader may type and pick, and how results come back. Any input is taken:
 * the query is cleaned and cut rather than refused, and an unknown filter value is ignored.
 */

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_TYPES = ["all", "articles", "people", "cases", "organisations"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_YEAR_MIN = 1990;
export const SEARCH_YEAR_MAX = 2100;
/**
 * How many of the newest matches of each kind (title, text, a linked person) a search ranks: more would be
 * read and sorted for every search. The count of a search that reaches it is a lower bound.
 */
export const SEARCH_MATCH_CAP = 200;

/** The number of articles found as readers see it: "200+" once the cap is reached, since more may match. */
export function foundCount(total: number): string {
  return total >= SEARCH_MATCH_CAP ? `${SEARCH_MATCH_CAP}+` : String(total);
}

// Without the u flag a regular expression sees UTF-16 code units, so half a pair can be found.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A query as PostgreSQL can take it: lone surrogates (which no database encoding accepts) and control
 * characters go, white space is folded, and a query longer than anyone types is cut.
 */
export function cleanSearchQuery(raw: string): string {
  return raw
    .replace(LONE_SURROGATE, " ")
    .replace(/[\p{Cc}\p{Co}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SEARCH_QUERY_MAX_LENGTH)
    .trim();
}

/** A search box's words from an address, cleaned as every search is; "" when there are none. */
export const textParam = () => z.preprocess(firstValue, z.string().catch("").default("")).transform(cleanSearchQuery);

export const ZSearchParams = z.object({
  q: textParam(),
  type: z.preprocess(firstValue, z.enum(SEARCH_TYPES).catch("all").default("all")),
  country: optionalParam(ZCountryCode),
  topic: optionalParam(ZSlug),
  year: optionalParam(z.coerce.number().int().min(SEARCH_YEAR_MIN).max(SEARCH_YEAR_MAX)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(1000).catch(1).default(1)),
});
export type SearchParams = z.infer<typeof ZSearchParams>;

/** The news archive's filters and page: the search's, without a query. */
export const ZArchiveParams = ZSearchParams.pick({ country: true, topic: true, year: true, page: true });
export type ArchiveParams = z.infer<typeof ZArchiveParams>;

/** Where the database marks a matched word in a snippet: characters no text of ours contains once cleaned. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export type SnippetPart = { text: string; match: boolean };

/** A snippet with its marked words apart, for the page to show them as <mark> without any HTML from the database. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(HIGHLIGHT_START).entries()) {
    const [matched, rest] = i === 0 ? [null, piece] : splitOnce(piece, HIGHLIGHT_STOP);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest.replaceAll(HIGHLIGHT_STOP, ""), match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
