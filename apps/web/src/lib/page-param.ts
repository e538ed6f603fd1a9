import { ZPage } from "@rightsdesk/domain";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The `?page=N` of a listing; a repeated parameter counts by its first value, anything unusable as page 1. */
export function pageParam(searchParams: SearchParams): number {
  const value = searchParams.page;
  return ZPage.parse(Array.isArray(value) ? value[0] : value);
}
