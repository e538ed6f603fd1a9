import "server-only";
import { REVALIDATE_SECRET_HEADER } from "@rightsdesk/domain";

/** Long enough for a busy site, short enough that a site that is down does not hold up the editor. */
const TIMEOUT_MS = 5_000;

/**
 * When the tags are sent again. Next dates a cache entry from when it is stored, not from when its render began: a
 * reader's render that read the database before the change and finished after the revalidation is kept as fresh
 * until the site's own expiry, minutes later. Sending the tags again once such a render has ended drops it; the
 * later repeat covers a render slowed by a busy server.
 */
const REPEAT_AFTER_MS = [1_000, 10_000] as const;

type Options = { siteUrl: string; secret: string; repeatAfterMs?: readonly number[] };

/** Posts a change's tags to the public site's /api/revalidate at once, then again after each repeat delay. */
export function revalidationSender({ siteUrl, secret, repeatAfterMs = REPEAT_AFTER_MS }: Options) {
  const endpoint = new URL("/api/revalidate", siteUrl);

  async function send(tags: readonly string[]): Promise<void> {
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) console.error(`Revalidating the public site failed: ${response.status} ${await response.text()}`);
    } catch (error) {
      console.error("Revalidating the public site failed:", error);
    }
  }

  return async (tags: readonly string[]): Promise<void> => {
    if (tags.length === 0) return;
    await send(tags);
    // The editor's answer does not wait for the repeats, and they do not keep a stopping server alive.
    for (const delay of repeatAfterMs) setTimeout(() => void send(tags), delay).unref();
  };
}
