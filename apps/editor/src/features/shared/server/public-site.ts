import "server-only";
import { getTagFootprint, type Revalidating } from "@rightsdesk/db";
import { cacheTags, type LabelTarget, LOCALES, REVALIDATE_SECRET_HEADER } from "@rightsdesk/domain";
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
 * Wraps the handler of a route whose command may change what readers see (a publication, a save of a live
 * version, a review): the command names the public cache tags it made stale, read in its own transaction;
 * exactly those are revalidated, and the answer is the command's result.
 */
export function revalidating<I, T>(handler: (input: I) => Promise<Revalidating<T>>): (input: I) => Promise<T> {
  return async (input) => {
    const { result, revalidate } = await handler(input);
    await postRevalidation(revalidate);
    return result;
  };
}

/** A person's page lists their cases and a case's page its people: a registry change refreshes them all. */
export function revalidateRegistry(): Promise<void> {
  return postRevalidation([cacheTags.registry, cacheTags.sitemap]);
}

/** An asset's alt text, caption or transcript shows wherever a published article shows the asset. */
export function revalidateMedia(assetId: string): Promise<void> {
  return postRevalidation([cacheTags.media(assetId)]);
}

/** A tag label shows on the tag's pages and on every article and listing that carries the tag. */
async function revalidateTag(tagId: string): Promise<void> {
  try {
    const footprint = await getTagFootprint(tagId);
    if (!footprint) return;
    const articles = footprint.articleSlugs.map(cacheTags.article);
    await postRevalidation([cacheTags.tag(footprint.slug), ...articles, ...LOCALES.map(cacheTags.articles)]);
  } catch (error) {
    console.error("Finding the pages to revalidate failed:", error);
  }
}

/** Refreshes the public pages that show a translated label: a tag's, or the registry's for a bio or an event. */
export function revalidateLabel(target: Pick<LabelTarget, "kind" | "id">): Promise<void> {
  return target.kind === "tag" ? revalidateTag(target.id) : revalidateRegistry();
}
