/** Where the Previous and Next links of a listing point; page 1 is the listing's own URL, without `?page`. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export type PaginationLinks = { previous: string | null; next: string | null };

export function paginationLinks(basePath: string, page: number, pageCount: number): PaginationLinks {
  return {
    previous: page > 1 ? pageHref(basePath, Math.min(page - 1, pageCount)) : null,
    next: page < pageCount ? pageHref(basePath, page + 1) : null,
  };
}
