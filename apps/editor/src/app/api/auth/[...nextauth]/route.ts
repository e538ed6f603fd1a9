import NextAuth from "next-auth";
import { type NextRequest, NextResponse } from "next/server";
import { failureResponse } from "~/features/shared/server/api";
import { authOptions } from "~/features/shared/server/auth-options";
import { sessionUser } from "~/features/shared/server/session";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth reads a JSON body with `request.json()`, which throws on an empty or broken one and so answered
 * 500: a malformed request is the sender's mistake, and says so with a 400.
 */
export async function POST(request: Request, context: RouteContext) {
  if (request.headers.get("content-type")?.includes("application/json")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return NextResponse.json({ error: "The request body is not valid JSON." }, { status: 400 });
    }
  }
  return handler(request, context);
}

/** next-auth's session cookie, in any of its names (`__Secure-` over HTTPS) and chunks. */
const SESSION_COOKIE = /(^|\.)next-auth\.session-token(\.\d+)?$/;

/**
 * next-auth answers `/api/auth/session` from the cookie alone, so the cookie of a session that was ended (sign-out,
 * a new role or password, a deactivated account) would still be echoed as signed in. The database decides, as on
 * every page: an ended session is answered as none, and its cookie is removed.
 */
export async function GET(request: NextRequest, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "session") return handler(request, context);
  let current: boolean;
  try {
    current = (await sessionUser()) !== null;
  } catch (error) {
    return failureResponse(error);
  }
  if (current) return handler(request, context);
  const response = NextResponse.json({}, { headers: { "cache-control": "private, no-cache, no-store" } });
  for (const { name } of request.cookies.getAll()) if (SESSION_COOKIE.test(name)) response.cookies.delete(name);
  return response;
}
