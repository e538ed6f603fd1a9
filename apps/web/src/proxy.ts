import { isDecodablePath, isLocale } from "@rightsdesk/domain";
import { type NextRequest, NextResponse } from "next/server";
import { pageParam } from "./lib/page-param";
import { pageHref } from "./lib/pagination";
import { searchResultsPath } from "./lib/search-address";

const SEARCH_PAGE = /^\/([^/]+)\/search$/;

/**
 * Runs before the cache, so it matches only what needs it: addresses with percent-encoding (a malformed one
 * is a 400 here, where Next.js would answer 500) and old `?page=N` links of listings, which moved to
 * `/page/N` so that every page of them is cached; those answer with a 301 to the new address.
 * Old slugs are followed by the pages themselves (lib/old-slug.ts). A search is served from the cached page of
 * its results, under an address of its own that readers never see.
 */
export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: this address is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const locale = SEARCH_PAGE.exec(request.nextUrl.pathname)?.[1];
  if (locale !== undefined && isLocale(locale)) {
    const results = searchResultsPath(locale, request.nextUrl.searchParams);
    return results ? NextResponse.rewrite(new URL(results, request.url)) : NextResponse.next();
  }
  if (!request.nextUrl.searchParams.has("page")) return NextResponse.next();
  const page = pageParam({ page: request.nextUrl.searchParams.get("page") ?? undefined });
  return NextResponse.redirect(new URL(pageHref(request.nextUrl.pathname, page), request.url), 301);
}

// Read by Next at build time, so written out literally.
export const config = {
  matcher: [
    "/(.*%.*)",
    "/:locale/search",
    { source: "/:locale", has: [{ type: "query", key: "page" }] },
    { source: "/:locale/tags/:slug", has: [{ type: "query", key: "page" }] },
  ],
};
