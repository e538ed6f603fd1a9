// `pnpm db:migrate`: applies committed migrations to DATABASE_URL (the same as `prisma migrate deploy`).
import { db } from "../src/infra/client";
import { databaseUrl } from "../src/infra/env";
import { applyMigrations } from "../src/infra/migrations";
import { backfillPersonSearchText } from "../src/registry/person-search";

const applied = await applyMigrations(databaseUrl());
console.info(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
// Data a migration cannot write in SQL: the search text of people saved before it was kept (see person-search.ts).
const backfilled = await backfillPersonSearchText();
if (backfilled) console.info(`Wrote the search text of ${backfilled} people`);
await db().$disconnect();
