import { z } from "zod";

const ZDatabaseUrl = z
  .string({ error: "DATABASE_URL is not set: start the apps with `npm start`, or point it at your PostgreSQL" })
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string");

/** Read when first needed, so that importing the package (e.g. during a build) needs no database. */
export function databaseUrl(): string {
  return ZDatabaseUrl.parse(process.env.DATABASE_URL);
}

const ZPoolMax = z.coerce.number({ error: "DATABASE_POOL_MAX must be a number" }).int().min(1, "DATABASE_POOL_MAX must be at least 1").optional();

/**
 * DATABASE_POOL_MAX: how many connections one process opens (unset: the driver's default). The
 * embedded PGlite server mixes up the statements of concurrent connections (pglite issue #1046),
 * so the stack runs the apps on it with one connection each.
 */
export function databasePoolMax(): number | undefined {
  return ZPoolMax.parse(process.env.DATABASE_POOL_MAX || undefined);
}
