import { headers } from "next/headers";
import { z } from "zod";

const ZSiteUrl = z.url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) URL, e.g. https://news.example.org" });

/**
 * The origin that absolute URLs in metadata (hreflang alternates, canonical) start with. A deployment
 * sets SITE_URL; without it, the host the request came to, which is right for a local install.
 */
export async function siteUrl(): Promise<URL> {
  const configured = process.env.SITE_URL;
  if (configured) return new URL(ZSiteUrl.parse(configured));
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  try {
    return new URL(`${protocol}://${host}`);
  } catch {
    return new URL("http://localhost:3000");
  }
}
