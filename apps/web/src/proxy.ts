import { type NextRequest, NextResponse } from "next/server";
import { pageParam } from "./lib/page-param";
import { pageHref } from "./lib/pagination";

/**
 * Listings moved from `?page=N` to `/page/N`, so that every page of them is cached like any other
 * page; an old link answers with a 301 to the new address. Nothing else passes through here: a
 * proxy runs before the cache on every request it matches (old slugs are followed by the pages, see lib/old-slug.ts).
 */
export function proxy(request: NextRequest) {
  const page = pageParam({ page: request.nextUrl.searchParams.get("page") ?? undefined });
  return NextResponse.redirect(new URL(pageHref(request.nextUrl.pathname, page), request.url), 301);
}

// Read by Next at build time, so written out literally.
export const config = {
  matcher: [
    { source: "/:locale", has: [{ type: "query", key: "page" }] },
    { source: "/:locale/tags/:slug", has: [{ type: "query", key: "page" }] },
  ],
};
