// `pnpm db:migrate`: applies committed migrations to DATABASE_URL (the same as `prisma migrate deploy`).
import { db } from "../src/infra/client";
import { databaseUrl } from "../src/infra/env";
import { applyMigrations } from "../src/infra/migrations";
import { backfillSearchText } from "../src/registry/search-text";

const applied = await applyMigrations(databaseUrl());
console.info(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
// Data a migration cannot write in SQL: the search text of registry records saved before it was kept (see search-text.ts).
const backfilled = await backfillSearchText();
if (backfilled) console.info(`Wrote the search text of ${backfilled} registry records`);
await db().$disconnect();
