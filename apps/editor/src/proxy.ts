import { isDecodablePath } from "@rightsdesk/domain";
import { contentSecurityPolicy } from "@rightsdesk/domain/security-headers";
import { type NextRequest, NextResponse } from "next/server";

/**
 * A malformed percent-encoding in an address is a 400 here; Next.js would answer it with a 500 before any
 * route of ours runs. Every page gets a Content-Security-Policy with a fresh nonce: Next reads it from the
 * request's header and puts it on its own scripts, so no other script runs. Editor pages are rendered per
 * request anyway (they depend on who is signed in), so the nonce costs no caching.
 */
export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) return NextResponse.json({ error: "This address is not valid." }, { status: 400 });
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, frameAncestors: "'none'", development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Read by Next at build time, so written out literally: everything but Next's own static files.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
