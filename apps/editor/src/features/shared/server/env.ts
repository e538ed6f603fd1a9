import "server-only";
import { z } from "zod";

const ZEnv = z.object({
  /** Where readers see the site; used for "view on site" links and to tell the site about changes. */
  PUBLIC_SITE_URL: z.url().default("http://localhost:3000"),
  /** Shared with the public site; without it the site reads the database on every request and needs no telling. */
  REVALIDATE_SECRET: z.string().min(16, "REVALIDATE_SECRET must be at least 16 characters").optional(),
  /** How often scheduled versions are published; at most a minute, so none goes out more than a minute late. */
  /** The editor's own address, as browsers reach it: state-changing requests must come from a page of it. */
  NEXTAUTH_URL: z.url().optional(),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(20_000),
});

/** The app's settings, read and checked once. next-auth reads NEXTAUTH_SECRET itself. */
export const env = ZEnv.parse(process.env);
