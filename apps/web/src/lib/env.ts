import { z } from "zod";

const ZEnv = z.object({
  /**
   * Shared with the editor, which posts it with every revalidation. Without it nobody can tell this
   * site about a change, so public reads then skip the data cache and pages refresh on their own timer.
   */
  REVALIDATE_SECRET: z.string().min(16, "REVALIDATE_SECRET must be at least 16 characters").optional(),
  /**
   * The site's public origin, which canonical links, hreflang alternates, the sitemap and JSON-LD start
   * with. Never the request's Host header: a forged Host would end up in cached pages.
   */
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) URL, e.g. https://news.example.org" }).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

/** The site's settings, read and checked once. */
export const env = ZEnv.parse(process.env);
