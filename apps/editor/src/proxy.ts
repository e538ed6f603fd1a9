import { isDecodablePath } from "@rightsdesk/domain";
import { type NextRequest, NextResponse } from "next/server";

/** A malformed percent-encoding in an address is a 400 here; Next.js would answer it with a 500 before any route of ours runs. */
export function proxy(request: NextRequest) {
  if (isDecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  return NextResponse.json({ error: "This address is not valid." }, { status: 400 });
}

// Read by Next at build time, so written out literally: only addresses that carry percent-encoding.
export const config = { matcher: ["/(.*%.*)"] };
