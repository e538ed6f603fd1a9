import { z } from "zod";

const ZDatabaseUrl = z
  .string({ error: "DATABASE_URL is not set: start the apps with `npm start`, or point it at your PostgreSQL" })
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string");

/** Read when first needed, so that importing the package (e.g. during a build) needs no database. */
export function databaseUrl(): string {
  return ZDatabaseUrl.parse(process.env.DATABASE_URL);
}
