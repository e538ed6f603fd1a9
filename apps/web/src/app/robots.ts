import { type MetadataRoute } from "next";
import { siteUrl } from "~/lib/site-url";

// Read per request, so that it names the SITE_URL the server runs with, not the one of the build.
export const dynamic = "force-dynamic";

/** Everything public may be crawled except the search's endless result pages and the revalidation endpoint. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/*/search", "/api/"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
