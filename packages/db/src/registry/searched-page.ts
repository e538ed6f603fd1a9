import { LIST_PAGE_SIZE, matchesListQuery } from "@rightsdesk/domain";

/** A record as the list's search sees it: its id and every text a query may match. */
export type SearchCandidate = { id: string; texts: string[] };

/**
 * The rows of one page of a registry list, plus one to tell whether more follow. Without a query the
 * database pages alone (`load(undefined)`). With one, the names of the records after the page's start
 * are matched in code — the registry's name matching (any script or romanisation) has no SQL form —
 * and only the page's records are then read whole.
 */
export async function searchedPage<Row>(
  q: string,
  candidates: () => Promise<SearchCandidate[]>,
  load: (ids: string[] | undefined, take: number) => Promise<Row[]>,
): Promise<Row[]> {
  const take = LIST_PAGE_SIZE + 1;
  if (!q) return load(undefined, take);
  const ids: string[] = [];
  for (const candidate of await candidates()) {
    if (matchesListQuery(q, candidate.texts)) ids.push(candidate.id);
    if (ids.length === take) break;
  }
  return load(ids, take);
}
