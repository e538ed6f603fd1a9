import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "~/features/shared/server/auth-options";

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

export { handler as GET };
