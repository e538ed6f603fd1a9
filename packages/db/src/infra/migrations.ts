import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, DriverAdapterError } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { migrationsDir } from "./paths";

/*
 * Prisma's own schema engine, as WebAssembly, driven through the pg adapter: the same
 * `migrate deploy` and `migrate diff` as the CLI, without the native engine that cannot be
 * downloaded on offline machines. A machine with the native engine can use the CLI on the same folder.
 */

const NO_FILTERS = { externalTables: [], externalEnums: [] };
let instantiated = false;

function instantiateWasm(): void {
  if (instantiated) return;
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": runtime });
  const exports = instance.exports as { __wbindgen_start: () => void };
  runtime.__wbg_set_wasm(instance.exports);
  exports.__wbindgen_start();
  instantiated = true;
}

/**
 * The pg adapter runs a migration script by splitting it at every ";", which cuts a PL/pgSQL function
 * (a trigger) in pieces. PostgreSQL takes a whole script as one simple query, as the native engine sends it.
 */
class WholeScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      try {
        await this.pool.query(script);
      } catch (error) {
        const e = error as pg.DatabaseError;
        throw new DriverAdapterError({ kind: "postgres", code: e.code ?? "", severity: e.severity ?? "ERROR", message: e.message, detail: e.detail, column: e.column, hint: e.hint });
      }
    };
    return adapter;
  }
}

async function withEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  instantiateWasm();
  const pool = new pg.Pool({ connectionString });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const engine = await runtime.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

function readMigrations(baseDir: string) {
  const lockPath = join(baseDir, "migration_lock.toml");
  const migrationDirectories = readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(baseDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") },
      },
    }));
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** `prisma migrate deploy`: applies the committed migrations not yet applied; returns their names. */
export async function applyMigrations(connectionString: string, baseDir = migrationsDir): Promise<string[]> {
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(baseDir), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

/** SQL that turns a database of schema `from` (null: empty) into one of schema `to`. No database is touched. */
export async function diffSchemas(from: string | null, to: string, connectionString: string): Promise<string> {
  return withEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}
