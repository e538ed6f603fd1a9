import "server-only";
import { type Revalidating } from "@rightsdesk/db/editor";
import { REVALIDATE_SECRET_HEADER } from "@rightsdesk/domain";
import { env } from "./env";

/** Long enough for a busy site, short enough that a site that is down does not hold up the editor. */
const TIMEOUT_MS = 5_000;

/**
 * Tells the public site which of its cached reads a change made stale. A failure is logged and
 * swallowed: the change is saved either way, and the site's cache expires by itself within minutes.
 */
export async function postRevalidation(tags: readonly string[]): Promise<void> {
  if (!env.REVALIDATE_SECRET || tags.length === 0) return;
  try {
    const response = await fetch(new URL("/api/revalidate", env.PUBLIC_SITE_URL), {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: env.REVALIDATE_SECRET },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) console.error(`Revalidating the public site failed: ${response.status} ${await response.text()}`);
  } catch (error) {
    console.error("Revalidating the public site failed:", error);
  }
}

/**
 * The one way a route refreshes the public site. It wraps the handler of a route whose command may change what
 * readers see (a publication, a save of a live version, a review, a label, a registry record, a media text): the
 * handler gives the command's result and the public cache tags it made stale, which the command reads in its own
 * transaction (the pages an article, a tag, a registry record or a media asset shows on). Exactly those are
 * revalidated, and the answer is the command's result.
 */
export function revalidating<I, T>(handler: (input: I) => Promise<Revalidating<T>>): (input: I) => Promise<T> {
  return async (input) => {
    const { result, revalidate } = await handler(input);
    await postRevalidation(revalidate);
    return result;
  };
}
