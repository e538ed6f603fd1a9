import { z } from "zod";
import { ZCountryCode } from "../country";
import { matchesName, nameKeyFragments, storedNameKeys } from "../name-match";
import { keysetParam, optionalParam, ZTimeValue } from "../query-param";
import { textParam } from "../search";

/*
 * The editor's people and cases lists: a name or title in any script or romanisation (the registry's name
 * matching, as the public search uses), and a country, read from the page's address.
 */

export const ZRegistryListQuery = z.object({
  q: textParam(),
  country: optionalParam(ZCountryCode),
});
export type RegistryListQuery = z.infer<typeof ZRegistryListQuery>;

/** People and organisations: by name A–Z, paged after the last name shown. */
export const ZNamedListQuery = ZRegistryListQuery.extend({ after: keysetParam(z.string().min(1)) });
export type NamedListQuery = z.infer<typeof ZNamedListQuery>;

/** Cases: newest first, paged after the last one's creation time. */
export const ZCaseListQuery = ZRegistryListQuery.extend({ after: keysetParam(ZTimeValue) });
export type CaseListQuery = z.infer<typeof ZCaseListQuery>;

const queryWords = (query: string) => query.toLocaleLowerCase().split(" ");

/**
 * The text a registry record is searched by, stored beside it: its names' keys (see `storedNameKeys`), then
 * each name in lower case on a line of its own.
 */
export function registrySearchText(texts: readonly string[]): string {
  return [storedNameKeys(texts), ...texts.map((text) => text.toLocaleLowerCase())].join("\n");
}

/**
 * What a record's `registrySearchText` contains when `matchesListQuery` finds it: one of `anyOf`, or all of
 * `allOf`. The converse does not always hold (a word of the query may be in one name and the next in another),
 * so a database narrows the registry down with these and `matchesListQuery` decides on what is left.
 */
export function listQueryFragments(query: string): { anyOf: string[]; allOf: string[] } {
  return { anyOf: nameKeyFragments(query), allOf: queryWords(query) };
}

/** Whether any of `texts` answers the query: a name under any spelling, or every word of it in a title ("extradition france"). */
export function matchesListQuery(query: string, texts: readonly string[]): boolean {
  if (!query) return true;
  if (matchesName(query, texts)) return true;
  const words = queryWords(query);
  return texts.some((text) => words.every((word) => text.toLocaleLowerCase().includes(word)));
}
