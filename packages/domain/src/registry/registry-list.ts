import { z } from "zod";
import { ZCountryCode } from "../country";
import { matchesName } from "../name-match";
import { firstValue, optionalParam } from "../query-param";
import { cleanSearchQuery } from "../search";

/*
 * The editor's people and cases lists: a name or title in any script or romanisation (the registry's name
 * matching, as the public search uses), and a country, read from the page's address.
 */

export const ZRegistryListQuery = z.object({
  q: z.preprocess(firstValue, z.string().catch("").default("")).transform(cleanSearchQuery),
  country: optionalParam(ZCountryCode),
});
export type RegistryListQuery = z.infer<typeof ZRegistryListQuery>;

/** Whether any of `texts` answers the query: a name under any spelling, or every word of it in a title ("extradition france"). */
export function matchesListQuery(query: string, texts: readonly string[]): boolean {
  if (!query) return true;
  if (matchesName(query, texts)) return true;
  const words = query.toLocaleLowerCase().split(" ");
  return texts.some((text) => words.every((word) => text.toLocaleLowerCase().includes(word)));
}
