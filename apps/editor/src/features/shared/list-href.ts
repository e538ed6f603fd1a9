/** A page's search parameters as Next.js gives them. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list's address with the same search and filters, changed by `set` (a value of "" or undefined drops
 * a parameter): from the list's start unless `set` names a position (`after`).
 */
export function listHref(path: string, searchParams: SearchParams, set: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...searchParams, after: undefined, ...set })) {
    // A repeated parameter counts by its first value, as the list's query reads it.
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params.set(name, first);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
