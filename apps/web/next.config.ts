import { fileURLToPath } from "node:url";
import { contentSecurityPolicy, HSTS_HEADER, SECURITY_HEADERS } from "@rightsdesk/domain/security-headers";
import type { NextConfig } from "next";

// Several web servers share their cache through Redis (cache-handler.mjs); one server keeps it in memory.
const sharedCache = process.env.REDIS_URL
  ? // Nothing in front of Redis: a copy kept in one server's memory would miss another server's revalidation.
    { cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)), cacheMaxMemorySize: 0 }
  : {};

const config: NextConfig = {
  // The workspace packages are TypeScript source, compiled by the app that uses them.
  transpilePackages: ["@rightsdesk/domain", "@rightsdesk/db", "@rightsdesk/rich-text"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  // server/index.mjs compresses, after it has stamped each response's nonce into the bytes Next wrote.
  compress: false,
  // Next hashes the whole page in JavaScript on every request to make an ETag: a quarter of the CPU a cached 57 KB
  // article costs (profiled under load). The pages are revalidated by a CDN every minute at most, so the bytes a
  // 304 would save are few; the server's time is what decides how many readers it serves.
  generateEtags: false,
  ...sharedCache,
  // Cached pages say `s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>` to a CDN:
  // a proxy may serve a page one minute after a change, and a stale copy only within five.
  expireTime: 300,
  reactStrictMode: true,
  // Types are checked once, by the app's `typecheck` task, which turbo runs before `build` (turbo.json).
  typescript: { ignoreBuildErrors: true },
  // Unmatched URLs get app/global-not-found.tsx: the root layout sits under [locale] and cannot render them.
  // The data cache lives in memory only: on-demand revalidations are held in memory too, so cached
  // reads kept on disk would come back after a restart (or from another database) without them.
  // CI builds once on a fresh clone: writing Turbopack's cache for a next build there is time lost.
  experimental: { globalNotFound: true, isrFlushToDisk: false, turbopackFileSystemCacheForBuild: !process.env.CI },
  async headers() {
    // server/index.mjs writes each response's own nonce over this stand-in (and over the placeholder in the page).
    const policy = contentSecurityPolicy({ nonce: "set-by-server", frameAncestors: "'self'", development: process.env.NODE_ENV === "development" });
    // "/(.*)", not "/:path*": a rule with a named parameter has every value holding a ":" (the policy's "data:")
    // compiled as a template on every request, 2% of what serving a cached page costs (profiled under load).
    return [
      {
        source: "/(.*)",
        headers: [...Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })), { key: "Content-Security-Policy", value: policy }],
      },
      { source: "/(.*)", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
  async redirects() {
    // Every page lives under a locale; the bare site opens in the source language (SOURCE_LOCALE).
    return [{ source: "/", destination: "/en", permanent: false }];
  },
};

export default config;
