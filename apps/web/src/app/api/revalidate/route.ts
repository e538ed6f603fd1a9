import { REVALIDATE_SECRET_HEADER, ZRevalidateRequest } from "@rightsdesk/domain";
import { revalidateTag } from "next/cache";
import { NextResponse } from "next/server";
import { env } from "~/lib/env";
import { secretMatches } from "~/lib/secret";

/**
 * The editor announces a change: every cached read carrying one of the tags is dropped, and the next
 * reader gets fresh data. `expire: 0` rather than stale-while-revalidate, because a reader must never
 * see an unpublished article again, not even once.
 */
export async function POST(request: Request) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), env.REVALIDATE_SECRET)) {
    return NextResponse.json({ error: "Not authorised to revalidate." }, { status: 401 });
  }
  const parsed = ZRevalidateRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Expected { tags: string[] }." }, { status: 400 });
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: parsed.data.tags });
}
