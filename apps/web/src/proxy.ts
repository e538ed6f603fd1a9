import { isDecodablePath } from "@rightsdesk/domain";
import { type NextRequest, NextResponse } from "next/server";
import { pageParam } from "./lib/page-param";
import { pageHref } from "./lib/pagination";

/**
 * Runs before the cache, so it matches only what needs it: addresses with percent-encoding (a malformed one
 * is a 400 here, where Next.js would answer 500) and old `?page=N` links of listings, which moved to
 * `/page/N` so that every page of them is cached; those answer with a 301 to the new address.
 * Old slugs are followed by the pages themselves (lib/old-slug.ts).
 */
export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: this address is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (!request.nextUrl.searchParams.has("page")) return NextResponse.next();
  const page = pageParam({ page: request.nextUrl.searchParams.get("page") ?? undefined });
  return NextResponse.redirect(new URL(pageHref(request.nextUrl.pathname, page), request.url), 301);
}

// Read by Next at build time, so written out literally.
export const config = {
  matcher: [
    "/(.*%.*)",
    { source: "/:locale", has: [{ type: "query", key: "page" }] },
    { source: "/:locale/tags/:slug", has: [{ type: "query", key: "page" }] },
  ],
};
