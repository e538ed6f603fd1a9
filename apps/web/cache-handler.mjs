// The public site's cache when several web servers run behind one address (REDIS_URL is set): pages,
// cached reads and tag revalidations live in Redis through a maintained Next.js handler, so a page one
// server revalidated is never served stale by another. Without REDIS_URL next.config.ts does not load
// this file and Next keeps its cache in memory.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

/** One connection per server process, however many handler instances Next creates. */
let config = null;

async function connect() {
  const client = createClient({ url: process.env.REDIS_URL });
  client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
  await client.connect();
  // A prefix per site, so that one Redis can serve several installs (or test runs) side by side.
  return { handlers: [createRedisHandler({ client, keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? "rightsdesk"}:` })] };
}

CacheHandler.onCreation(() => (config ??= connect()));

export default CacheHandler;
