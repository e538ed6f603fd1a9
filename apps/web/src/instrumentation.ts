/** Next.js calls this once when the server starts: a production site must know its own public address. */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SITE_URL) return;
  // Canonical links, the sitemap and feeds would otherwise name whatever host a request claims: refuse to start.
  console.error("SITE_URL is not set: set it to the site's public address (e.g. https://news.example.org). `npm start` sets it for a local install.");
  process.exit(1);
}
