import "server-only";
import { type Revalidating } from "@rightsdesk/db/editor";
import { env } from "./env";
import { revalidationSender } from "./revalidation-sender";

/**
 * Tells the public site which of its cached reads a change made stale, now and again shortly after (see
 * revalidation-sender.ts). A failure is logged and swallowed: the change is saved either way, and the site's
 * cache expires by itself within minutes.
 */
export const postRevalidation = env.REVALIDATE_SECRET
  ? revalidationSender({ siteUrl: env.PUBLIC_SITE_URL, secret: env.REVALIDATE_SECRET })
  : async () => {};

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
