import { HSTS_HEADER, SECURITY_HEADERS } from "@rightsdesk/domain/security-headers";
import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages are TypeScript source, compiled by the app that uses them.
  transpilePackages: ["@rightsdesk/domain", "@rightsdesk/db", "@rightsdesk/rich-text", "@rightsdesk/xliff"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once, by the app's `typecheck` task, which turbo runs before `build` (turbo.json).
  typescript: { ignoreBuildErrors: true },
  // CI builds once on a fresh clone: writing Turbopack's cache for a next build there is time lost.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // The Content-Security-Policy, with its nonce per response, is set by src/proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default config;
