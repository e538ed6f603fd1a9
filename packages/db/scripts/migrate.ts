// `pnpm db:migrate`: applies committed migrations to DATABASE_URL (the same as `prisma migrate deploy`).
import { databaseUrl } from "../src/infra/env";
import { applyMigrations } from "../src/infra/migrations";

const applied = await applyMigrations(databaseUrl());
console.info(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
