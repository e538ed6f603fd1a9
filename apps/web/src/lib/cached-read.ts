import { unstable_cache } from "next/cache";
import { decodeCached, encodeCached } from "./cache-codec";
import { env } from "./env";

/** A safety net: should a revalidation from the editor be lost, a page is still refreshed within minutes. */
const MAX_AGE_SECONDS = 300;

/**
 * A public read kept in Next's data cache until the editor revalidates one of its tags (POST
 * /api/revalidate). The pages still render per request; only the database reads are shared. Without a
 * REVALIDATE_SECRET no change would ever be announced, so the read then goes to the database each time.
 */
export function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    if (!env.REVALIDATE_SECRET) return read(...args);
    const cached = unstable_cache(async () => encodeCached(await read(...args)), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: MAX_AGE_SECONDS,
    });
    return decodeCached<R>(await cached());
  };
}
