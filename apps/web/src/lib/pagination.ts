/**
 * Where page N of a listing lives: page 1 at the listing's own URL, later pages at `/page/N` below it.
 * A path rather than `?page=N`, so every page of a listing is cached like any other page.
 */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

export type PaginationLinks = { previous: string | null; next: string | null };

/** The Previous and Next links of page `page` of `pageCount`, made by `href` (a listing's pageHref, or the search's query). */
export function paginationLinks(href: (page: number) => string, page: number, pageCount: number): PaginationLinks {
  return {
    previous: page > 1 ? href(Math.min(page - 1, pageCount)) : null,
    next: page < pageCount ? href(page + 1) : null,
  };
}
