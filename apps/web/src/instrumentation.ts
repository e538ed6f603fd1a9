/** Next.js calls this once when the server starts: a production site must know its own public address. */
export function register(): void {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.SITE_URL) {
    throw new Error("SITE_URL is not set: set it to the site's public address (e.g. https://news.example.org). `npm start` sets it for a local install.");
  }
}
