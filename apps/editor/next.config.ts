import { HSTS_HEADER, SECURITY_HEADERS } from "@rightsdesk/domain/security-headers";
import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages are TypeScript source, compiled by the app that uses them.
  transpilePackages: ["@rightsdesk/domain", "@rightsdesk/db", "@rightsdesk/rich-text", "@rightsdesk/xliff"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The Content-Security-Policy, with its nonce per response, is set by src/proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default config;
