import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages are TypeScript source, compiled by the app that uses them.
  transpilePackages: ["@rightsdesk/domain", "@rightsdesk/db", "@rightsdesk/rich-text", "@rightsdesk/xliff"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
