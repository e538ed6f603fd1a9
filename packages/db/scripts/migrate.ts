// `pnpm db:migrate`: applies committed migrations to DATABASE_URL (the same as `prisma migrate deploy`).
import { databaseUrl } from "../src/env";
import { applyMigrations } from "../src/migrations";

const applied = await applyMigrations(databaseUrl());
console.info(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
