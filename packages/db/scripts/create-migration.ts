// `pnpm db:migration:create <name>`: writes the SQL that takes the schema of the newest migration to
// prisma/schema.prisma as a new migration. Needs no database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { startEmbeddedPostgres } from "../src/infra/embedded";
import { diffSchemas } from "../src/infra/migrations";
import { migratedSchemaPath, migrationsDir, schemaPath } from "../src/infra/paths";

const name = z
  .string({ error: "Usage: pnpm db:migration:create <name>  (e.g. add_person_table)" })
  .regex(/^[a-z0-9_]+$/, "Migration names use lowercase letters, digits and underscores")
  .parse(process.argv[2]);

const current = readFileSync(schemaPath, "utf8");
const previous = existsSync(migratedSchemaPath) ? readFileSync(migratedSchemaPath, "utf8") : null;
// The engine insists on a connection although a schema-to-schema diff reads nothing from it: give it a
// throwaway in-memory one, so that creating a migration needs no running database.
const scratch = await startEmbeddedPostgres();
const sql = await diffSchemas(previous, current, scratch.url).finally(() => scratch.stop());

if (!sql.trim() || sql.includes("-- This is an empty migration.")) {
  console.info("prisma/schema.prisma has no changes since the last migration.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
writeFileSync(migratedSchemaPath, current);
const lock = join(migrationsDir, "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
console.info(`Created prisma/migrations/${stamp}_${name}. Apply it with pnpm db:migrate.`);
