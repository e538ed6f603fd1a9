import { env } from "./env";

/**
 * The origin that absolute URLs in metadata (hreflang alternates, canonical, JSON-LD, sitemap) start with:
 * SITE_URL, which a production server must have (instrumentation.ts refuses to start without it), or
 * on a developer's machine the local address.
 */
export function siteUrl(): URL {
  return new URL(env.SITE_URL ?? `http://localhost:${env.PORT}`);
}
