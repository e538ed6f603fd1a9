import { z } from "zod";

const ZEnv = z.object({
  /**
   * Shared with the editor, which posts it with every revalidation. Without it nobody can tell this
   * site about a change, so public reads then skip the cache instead of going stale.
   */
  REVALIDATE_SECRET: z.string().min(16, "REVALIDATE_SECRET must be at least 16 characters").optional(),
});

/** The site's settings, read and checked once. SITE_URL is read where absolute URLs are made (site-url.ts). */
export const env = ZEnv.parse(process.env);
