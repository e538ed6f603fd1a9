import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages are TypeScript source, compiled by the app that uses them.
  transpilePackages: ["@rightsdesk/domain", "@rightsdesk/db", "@rightsdesk/rich-text"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Unmatched URLs get app/global-not-found.tsx: the root layout sits under [locale] and cannot render them.
  // The data cache lives in memory only: on-demand revalidations are held in memory too, so cached
  // reads kept on disk would come back after a restart (or from another database) without them.
  experimental: { globalNotFound: true, isrFlushToDisk: false },
  async redirects() {
    // Every page lives under a locale; the bare site opens in the source language (SOURCE_LOCALE).
    return [{ source: "/", destination: "/en", permanent: false }];
  },
};

export default config;
