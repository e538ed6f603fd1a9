import { feedResponse } from "~/lib/feed";

// Cached like the pages, and revalidated with the listing it follows (see lib/cached-read.ts).
export const dynamic = "force-static";
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse("rss", params);
}
